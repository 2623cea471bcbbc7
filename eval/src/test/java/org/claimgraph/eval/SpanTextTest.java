package org.claimgraph.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The normalisation exact matching compares spans with, as a table. */
class SpanTextTest {

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // text                                  | role    | normalised
            "the harbour is closed                   | CONTENT | the harbour is closed",
            "that the harbour is closed              | CONTENT | the harbour is closed",
            "That the harbour is closed.             | CONTENT | the harbour is closed",
            "that the harbour is closed              | SOURCE  | that the harbour is closed",
            "`\"It is over,\"`                         | CONTENT | It is over",
            "“It is over.”                           | CONTENT | It is over",
            "‘It is over’                            | CONTENT | It is over",
            "`'It is over!'`                         | CONTENT | It is over",
            "that “it is over.”                      | CONTENT | it is over",
            "“that it is over”                       | CONTENT | it is over",
            "`  It is  over ;  `                     | CONTENT | It is over",
            "`It\u00a0is\nover?`                    | CONTENT | It is over",
            "said:                                   | CUE     | said",
            "Mr. Dahl                                | SOURCE  | Mr. Dahl",
            "“Is it over?” he asked.                 | CONTENT | Is it over?” he asked",
            "thatcher said so                        | CONTENT | thatcher said so",
            "`“”`                                    | CONTENT | ``",
    })
    void normalizes(String text, Role role, String normalised) {
        assertThat(SpanText.normalize(text, role)).isEqualTo(normalised);
    }
}
