package org.claimgraph.extract;

import org.claimgraph.model.Analysis;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements whose cue is a noun, on sentences we wrote: the noun with the word that introduces
 * its content ("criticism of"), the verb it is the object of, and who voices it. Mission:
 * attribution.
 */
class NominalCuesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 8);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Maria Lind's criticism of the ferry contract surprised the council.  | Maria Lind | criticism of           | the ferry contract
            Anders Dahl raised questions about the ferry contract.               | Anders Dahl | raised questions about | the ferry contract
            Anders Dahl has shared concerns about the new harbour.               | Anders Dahl | has shared concerns about | the new harbour
            The calls for a moratorium on fishing grew louder in Norland.        |             | calls for              | a moratorium on fishing
            Anders Dahl faced questions about the ferry contract.                |             | questions about        | the ferry contract
            Anders Dahl faced sharp criticism for the delay.                     |             | sharp criticism for    | the delay
            Maria Lind's refusal to leave the post surprised the council.       | Maria Lind | refusal                | to leave the post
            Maria Lind's comments on the ferry contract surprised the council.  | Maria Lind | comments on            | the ferry contract
            Anders Dahl made a brief mention of the harbour fees.                | Anders Dahl | made a brief mention of | the harbour fees
            Anders Dahl fuelled speculation about the ferry contract.            |             | speculation about      | the ferry contract
            """)
    void aNounReportsWhatItsPrepositionIntroduces(String sentence, String speaker, String cue, String content) {
        Analysis a = TestAnalyzer.analyze(sentence, DAY);

        List<Statement> found = TestAnalyzer.withCue(a, cue);
        assertThat(found).hasSize(1);
        Statement s = found.get(0);
        assertThat(TestAnalyzer.speakerName(a, s)).isEqualTo(speaker);
        assertThat(s.content().text()).isEqualTo(content);
    }

    @Test
    void theContentRunsOverWhatTheParserHungOnTheVerb() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl raised questions about the contract during the hearing.", DAY);

        assertThat(a.statements()).extracting(s -> s.content().text()).containsExactly("the contract during the hearing");
    }

    @Test
    void aVerbDoesNotReadANounsCue() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl questioned about a dozen witnesses.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text()).containsExactly("questioned");
    }

    @Test
    void aMultiWordCueVerbDoesNotVoiceTheNoun() {
        Analysis a = TestAnalyzer.analyze("Anders Dahl brushed aside Icelandic claims that the ferry was late.", DAY);

        assertThat(a.statements()).extracting(s -> s.cue().span().text()).containsExactlyInAnyOrder("brushed aside", "claims");
    }

    @Test
    void aDateAfterThePrepositionIsWhenNotWhat() {
        Analysis a = TestAnalyzer.analyze("Norland radio broadcast Maria Lind's comments on Friday.", DAY);

        assertThat(a.statements()).isEmpty();
    }

    @Test
    void aNounWithoutItsPrepositionReportsNothing() {
        assertThat(TestAnalyzer.analyze("The criticism grew louder in Norland.", DAY).statements()).isEmpty();
    }
}
