package org.claimgraph.extract;

import org.claimgraph.model.Analysis;
import org.claimgraph.model.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements in title-case headlines, on headlines we wrote above a body sentence: the tagger reads
 * their common words lower-cased, so that "Says" is a verb. Mission: attribution.
 */
class HeadlineStatementsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 8);
    private static final String BODY = "\n\nAnders Dahl said on Friday that the talks had failed.\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Trade Talks Have Failed, Anders Dahl Says.  | Anders Dahl | Says | Trade Talks Have Failed
            Anders Dahl Says Trade Talks Have Failed.   | Anders Dahl | Says | Trade Talks Have Failed
            """)
    void aTitleCaseHeadlineReportsItsSpeaker(String headline, String speaker, String cue, String content) {
        Analysis a = TestAnalyzer.analyze(headline + BODY, DAY);

        Statement s = TestAnalyzer.withCue(a, cue).get(0);
        assertThat(TestAnalyzer.speakerName(a, s)).isEqualTo(speaker);
        assertThat(s.content().text()).isEqualTo(content);
        assertThat(a.statements()).hasSize(2);
    }

    @Test
    void aLabelBeforeAColonIsNotWhatTheVerbAfterItReports() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl: Fishermen Worried About Quotas After Talks Fail." + BODY, DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text() + " | " + s.content().text())
                .containsExactly(": | Fishermen Worried About Quotas After Talks Fail", "said | that the talks had failed");
    }
}
