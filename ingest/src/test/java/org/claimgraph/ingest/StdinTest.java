package org.claimgraph.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.Inputs.readString;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import org.claimgraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Standard input, and any stream read without a format: the format is guessed from the first character. */
class StdinTest {

    @Test
    void aBraceMeansJsonLines() {
        RecordingSink sink = readString("\n  {\"text\": \"A.\"}\n{\"text\": \"B.\"}\n", null);

        assertThat(sink.order).containsExactly("<test>:2", "<test>:3");
        assertThat(sink.documents()).extracting(Document::text).containsExactly("A.", "B.");
    }

    @Test
    void anAngleBracketMeansHtml() {
        Document document = readString("\uFEFF <!doctype html><title>T</title><p>One.</p><p>Two.</p>", null).only();

        assertThat(document.text()).isEqualTo("One.\nTwo.");
        assertThat(document.title()).isEqualTo("T");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Plain words <b>with</b> a tag.  | Plain words <b>with</b> a tag.
            [1, 2] is not an object         | [1, 2] is not an object
            """)
    void anythingElseIsText(String input, String text) {
        assertThat(readString(input, null).only().text()).isEqualTo(text);
    }

    @Test
    void aDashReadsStandardInput() {
        InputStream stdin = System.in;
        RecordingSink sink = new RecordingSink();
        try {
            System.setIn(new ByteArrayInputStream("{\"text\": \"Piped.\"}".getBytes(UTF_8)));
            new DocumentReader(null).read("-", sink);
        } finally {
            System.setIn(stdin);
        }

        assertThat(sink.reads).containsExactly(new RecordingSink.Read("<stdin>:1",
                Document.of("Piped.", null, null, null, null)));
    }

    @Test
    void emptyStandardInputIsOneProblem() {
        RecordingSink sink = readString("", null);

        assertThat(sink.problems).containsExactly(new InputProblem("<test>", "file is empty"));
    }
}
