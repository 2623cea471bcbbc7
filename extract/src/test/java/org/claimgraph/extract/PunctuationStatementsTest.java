package org.claimgraph.extract;

import org.claimgraph.model.Analysis;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Statements marked by punctuation, on texts we wrote: transcript turns after a speaker label and
 * quotations signed with a dash. Mission: attribution.
 */
class PunctuationStatementsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 8);

    @Test
    void aTranscriptTurnRunsOverItsParagraphsToTheNextLabelOrABracketedNote() {
        Analysis a = TestAnalyzer.analyze("The interview was broadcast on Monday.\n\n"
                + "DAHL: We will not sign. The quotas are too low.\n\nThe boats stay in port.\n\n"
                + "LIND: Why not?\n\n(LAUGHTER.)\n\nDAHL: Because the fish are gone.\n\nThe talks resume in May.", DAY);

        assertThat(TestAnalyzer.withCue(a, ":")).extracting(s -> s.speaker().span().text(), s -> s.content().text())
                .containsExactly(tuple("DAHL", "We will not sign. The quotas are too low.\n\nThe boats stay in port"),
                        tuple("LIND", "Why not?"),
                        tuple("DAHL", "Because the fish are gone"));
    }

    @Test
    void aTurnInATranscriptQuotedWholeRunsOverItsQuotedParagraphs() {
        Analysis a = TestAnalyzer.analyze("The interview was broadcast on Monday.\n\n\"DAHL: We will not sign.\n\n\"The boats stay in port.\n\n\"LIND: Why not?", DAY);

        assertThat(TestAnalyzer.withCue(a, ":")).extracting(s -> s.content().text())
                .containsExactly("We will not sign.\n\n\"The boats stay in port.", "Why not?");
    }

    @Test
    void aHeadlineLabelNeverRunsOn() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl: Quotas Are Too Low.\n\nThe boats stay in port.\n\n"
                + "LIND: We will wait.", DAY);

        assertThat(TestAnalyzer.withCue(a, ":")).extracting(s -> s.content().text())
                .containsExactly("Quotas Are Too Low", "We will wait");
    }

    @Test
    void aSignedQuotationIsItsWholeParagraphWhateverItQuotesInside() {
        Analysis a = TestAnalyzer.analyze("The harbour was quiet.\n“We call it “theft” and we will not sign.”\u00a0― Maria Lind.\n"
                + "“The quotas are too low.”\n\n- Anders Dahl\n\n“And the fish are gone.”\n\n- Anders Dahl", DAY);

        assertThat(TestAnalyzer.withCue(a, "―")).extracting(s -> s.speaker().span().text(), s -> s.content().text())
                .containsExactly(tuple("Maria Lind", "“We call it “theft” and we will not sign.”"));
        assertThat(TestAnalyzer.withCue(a, "-")).extracting(s -> s.speaker().span().text(), s -> s.content().text())
                .containsExactly(tuple("Anders Dahl", "“The quotas are too low.”"), tuple("Anders Dahl", "“And the fish are gone.”"));
    }

    @Test
    void aDashBeforeMoreWordsThanANameSignsNothing() {
        Analysis a = TestAnalyzer.analyze("He called the plan “theft” — Anders Dahl later apologised to the minister.", DAY);

        assertThat(TestAnalyzer.withCue(a, "—")).isEmpty();
    }
}
