package org.claimgraph.extract;

import org.claimgraph.model.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

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
    void aLabelInMixedCaseIsASectionHeadingThatDoesNotRunOn() {
        Analysis a = TestAnalyzer.analyze("Three ministers, three plans.\n\nAnders Dahl: Close the harbour.\n\n"
                + "The boats stay in port.\n\nMaria Lind: Raise the quotas.", DAY);

        assertThat(TestAnalyzer.withCue(a, ":")).extracting(s -> s.content().text())
                .containsExactly("Close the harbour", "Raise the quotas");
    }

    @Test
    void aHeadlineLabelNeverRunsOn() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl: Quotas Are Too Low.\n\nThe boats stay in port.\n\n"
                + "LIND: We will wait.", DAY);

        assertThat(TestAnalyzer.withCue(a, ":")).extracting(s -> s.content().text())
                .containsExactly("Quotas Are Too Low", "We will wait");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Anders Dahl: Quotas Are Too Low.                    | Anders Dahl
            Fishermen: Quotas Are Too Low.                      | Fishermen
            Anders Dahl on Quotas: The Boats Must Stay in Port. | Anders Dahl
            Maria Lind to Fishermen: The Talks Will Resume.     | Maria Lind
            A Warning from Anders Dahl: The Fish Are Gone.      | Anders Dahl
            Calm Over Harbour: Boats Return to Norland.         |
            BREAKING: Norland Closes Its Harbour.               |
            """)
    void aHeadlineNamesItsSpeakerBeforeTheColonInSeveralWays(String headline, String speaker) {
        Analysis a = TestAnalyzer.analyze(headline + "\n\nThe talks in Norland ended on Friday.", DAY);

        assertThat(TestAnalyzer.withCue(a, ":")).extracting(s -> s.speaker().span().text())
                .containsExactlyElementsOf(speaker == null ? List.of() : List.of(speaker));
    }

    @Test
    void aNoticeLabelInTheBodyIsNoSpeaker() {
        Analysis a = TestAnalyzer.analyze("Talks Resume.\n\nCORRECTION: An earlier version misspelled the harbour's name.", DAY);

        assertThat(TestAnalyzer.withCue(a, ":")).isEmpty();
    }

    @Test
    void aCueEndingItsParagraphWithAColonIntroducesTheNextParagraph() {
        Analysis a = TestAnalyzer.analyze("The talks ended on Friday.\n\nMaria Lind added:\n\n"
                + "And the boats will stay in port until the quotas rise.\n\nThe harbour was quiet.", DAY);

        assertThat(TestAnalyzer.withCue(a, "added:")).extracting(s -> s.speaker().span().text(), s -> s.content().text())
                .containsExactly(tuple("Maria Lind", "And the boats will stay in port until the quotas rise"));
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
    void aSignatureMayDescribeItsSignerAfterAComma() {
        Analysis a = TestAnalyzer.analyze("The harbour was quiet.\n“The quotas are too low.” — Anders Dahl, a fisherman\n", DAY);

        assertThat(TestAnalyzer.withCue(a, "—")).extracting(s -> s.speaker().span().text(), s -> s.content().text())
                .containsExactly(tuple("Anders Dahl", "“The quotas are too low.”"));
    }

    @Test
    void aDashBeforeMoreWordsThanANameSignsNothing() {
        Analysis a = TestAnalyzer.analyze("He called the plan “theft” — Anders Dahl later apologised to the minister.", DAY);

        assertThat(TestAnalyzer.withCue(a, "—")).isEmpty();
    }
}
