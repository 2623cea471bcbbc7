package org.claimgraph.extract.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.claimgraph.extract.DataFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link CueLexicon}: the shipped cues.tsv loads, and single and multi-word cues are found over lemma lists. */
class CueLexiconTest {

    private static CueLexicon cues;

    @BeforeAll
    static void load() {
        cues = CueLexicon.load();
    }

    private static List<String> lemmas(String spaced) {
        return List.of(spaced.split(" "));
    }

    @Test
    void sayIsAFirmNeutralCue() {
        assertThat(cues.find("say")).hasValueSatisfying(cue -> {
            assertThat(cue.lemmas()).containsExactly("say");
            assertThat(cue.lemma()).isEqualTo("say");
            assertThat(cue.stance()).isEqualTo(CueStance.ASSERT);
            assertThat(cue.hedged()).isFalse();
        });
    }

    @ParameterizedTest(name = "{0}: {1}, hedged {2}")
    @CsvSource({
            "deny,    DENY,    false",
            "believe, ASSERT,  true",
            "dismiss, DISMISS, false",
    })
    void stanceAndHedgingOfACue(String lemma, CueStance stance, boolean hedged) {
        assertThat(cues.find(lemma)).hasValueSatisfying(cue -> {
            assertThat(cue.stance()).isEqualTo(stance);
            assertThat(cue.hedged()).isEqualTo(hedged);
        });
    }

    @Test
    void findKnowsOnlySingleWordCues() {
        assertThat(cues.find("shrug off")).isEmpty();
        assertThat(cues.find("shrug")).isEmpty();
        assertThat(cues.find("table")).isEmpty();
        assertThat(cues.find("Say")).as("lemmas are lower case").isEmpty();
    }

    @Test
    void findAtMatchesShrugOffOverConsecutiveLemmas() {
        List<String> sentence = lemmas("Moscow shrug off the report as rumour .");

        assertThat(cues.findAt(sentence, 1)).hasValueSatisfying(cue -> {
            assertThat(cue.lemmas()).containsExactly("shrug", "off");
            assertThat(cue.stance()).isEqualTo(CueStance.DISMISS);
            assertThat(cue.hedged()).isFalse();
        });
    }

    @Test
    void findAtMatchesAccordingToAsAccordTo() {
        List<String> sentence = lemmas("accord to the ministry , the talk fail .");

        assertThat(cues.findAt(sentence, 0)).hasValueSatisfying(cue -> {
            assertThat(cue.lemma()).isEqualTo("accord to");
            assertThat(cue.stance()).isEqualTo(CueStance.ASSERT);
        });
    }

    @Test
    void findAtNeedsTheWholeMultiWordCue() {
        assertThat(cues.findAt(lemmas("the peace accord hold"), 2)).isEmpty();
        assertThat(cues.findAt(lemmas("they shrug"), 1)).as("cue cut off by the sentence end").isEmpty();
        assertThat(cues.findAt(lemmas("they shrug it off"), 1)).as("separated particle").isEmpty();
    }

    @Test
    void findAtFallsBackToSingleWordCues() {
        List<String> sentence = lemmas("Seoul say the weapon be use");

        assertThat(cues.findAt(sentence, 1)).hasValueSatisfying(cue -> assertThat(cue.lemma()).isEqualTo("say"));
        assertThat(cues.findAt(sentence, 0)).isEmpty();
        assertThat(cues.findAt(sentence, 5)).isEmpty();
    }

    @Test
    void aNounReadsItsOwnMultiWordCues() {
        List<String> sentence = lemmas("they call for talk and criticism of the deal");

        assertThat(cues.findAt(sentence, 1, true)).hasValueSatisfying(cue -> assertThat(cue.content()).isEqualTo(CueContent.NOUN_OBJECT));
        assertThat(cues.findAt(sentence, 1, false)).hasValueSatisfying(cue -> assertThat(cue.content()).isEqualTo(CueContent.OBJECT));
        assertThat(cues.findAt(sentence, 5, true)).hasValueSatisfying(cue -> assertThat(cue.lemma()).isEqualTo("criticism of"));
        assertThat(cues.findAt(sentence, 5, false)).as("no verb reads a noun's cue").isEmpty();
        assertThat(cues.findAt(lemmas("they attack on Monday"), 1, false))
                .hasValueSatisfying(cue -> assertThat(cue.lemma()).isEqualTo("attack"));
    }

    @Test
    void aNounAndAVerbMayShareAMultiWordCueButANounCueNeedsItsPreposition() throws Exception {
        assertThat(lexicon("call for\tASSERT\tFIRM\tOBJECT\ncall for\tASSERT\tFIRM\tNOUN_OBJECT\n")
                .findAt(lemmas("call for talk"), 0, true)).hasValueSatisfying(cue -> assertThat(cue.content()).isEqualTo(CueContent.NOUN_OBJECT));
        assertThatThrownBy(() -> lexicon("call for\tASSERT\tFIRM\tNOUN_OBJECT\ncall for\tASSERT\tFIRM\tNOUN_OBJECT\n"))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> lexicon("criticism\tCONTEST\tFIRM\tNOUN_OBJECT\n"))
                .hasMessageContaining("cues.tsv:1:").hasMessageContaining("needs its preposition");
    }

    @Test
    void traitsComeFromTheOptionalFifthColumn() throws Exception {
        assertThat(cues.find("endorse")).hasValueSatisfying(cue -> assertThat(cue.traits())
                .containsExactlyInAnyOrder(CueTrait.TAKES_SIDE, CueTrait.GIVEN_AS_INFINITIVE));
        assertThat(cues.findAt(lemmas("call on them to go"), 0))
                .hasValueSatisfying(cue -> assertThat(cue.has(CueTrait.ASKS_FOR_THINGS)).isTrue());
        assertThat(cues.find("say")).hasValueSatisfying(cue -> assertThat(cue.traits()).isEmpty());
        assertThatThrownBy(() -> lexicon("say\tASSERT\tFIRM\tCLAUSE\nback\tASSERT\tFIRM\tOBJECT\tTAKES_SIDES\n"))
                .hasMessageContaining("cues.tsv:2:").hasMessageContaining("unknown trait \"TAKES_SIDES\"");
    }

    private static CueLexicon lexicon(String tsv) throws java.io.IOException {
        return CueLexicon.from(DataFile.read("cues.tsv", new java.io.StringReader(tsv), 4, 5));
    }

    @Test
    void aNounCueWithItsPrepositionMakesTheSentenceWorthParsing() {
        assertThat(cues.anyVerbCueIn(lemmas("criticism of the deal grow"), tags("NN IN DT NN VBD"))).isTrue();
    }

    @Test
    void aVerbCueAnywhereInTheSentenceMakesItWorthParsing() {
        assertThat(cues.anyVerbCueIn(lemmas("the minister deny it"), tags("DT NN VBD PRP"))).isTrue();
        assertThat(cues.anyVerbCueIn(lemmas("accord to official"), tags("VBG TO NNS"))).isTrue();
        assertThat(cues.anyVerbCueIn(lemmas("Moscow shrug off the report"), tags("NNP VBD RP DT NN"))).isTrue();
        assertThat(cues.anyVerbCueIn(lemmas("the ship arrive in port"), tags("DT NN VBD IN NN"))).isFalse();
        assertThat(cues.anyVerbCueIn(List.of(), List.of())).isFalse();
    }

    @Test
    void aCueWordUsedAsANounIsNotWorthParsing() {
        assertThat(cues.anyVerbCueIn(lemmas("the state report be late"), tags("DT NN NN VBD JJ"))).isFalse();
    }

    @Test
    void theFirstWordOfAMultiWordCueAloneIsNoCue() {
        assertThat(cues.anyVerbCueIn(lemmas("the peace accord hold"), tags("DT NN NN VBD"))).isFalse();
    }

    private static List<String> tags(String spaced) {
        return List.of(spaced.split(" "));
    }
}
