package org.claimgraph.eval;

import org.claimgraph.eval.StanceWords.Signal;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The tokenizer, phrase lookup and the checks on stance-words.tsv. */
class StanceWordsTest {

    @Test
    void tokensSplitCliticsAndKeepQuestionMarks() {
        assertThat(StanceWords.tokens("Mayor didn’t resign; it's a HOAX?"))
                .containsExactly("mayor", "did", "n't", "resign", "it", "'s", "a", "hoax", "?");
        assertThat(StanceWords.tokens("Can't stop: 12-inch phone")).containsExactly("ca", "n't", "stop", "12", "inch", "phone");
    }

    @Test
    void findsTheLongestPhraseAtTheFirstPlaceOne() throws Exception {
        StanceWords words = StanceWords.read("test.tsv", new StringReader("""
                # comment
                not\tNEGATION
                not true\tDEBUNK
                true\tHEDGE
                """));

        assertThat(words.find(Signal.DEBUNK, StanceWords.tokens("Ferry story not true"))).contains("not true");
        assertThat(words.find(Signal.NEGATION, StanceWords.tokens("Ferry story not true"))).contains("not");
        assertThat(words.find(Signal.DEBUNK, StanceWords.tokens("Ferry story not yet true"))).isEmpty();
        assertThat(words.has(Signal.HEDGE, "true")).isTrue();
        assertThat(words.has(Signal.DEBUNK, "not")).as("only the phrase is DEBUNK").isFalse();
    }

    @Test
    void entriesItCannotUseAreErrorsNamingTheLine() {
        assertThatThrownBy(() -> StanceWords.read("w.tsv", new StringReader("hoax\tFALSE\n")))
                .hasMessageContaining("w.tsv:1").hasMessageContaining("unknown signal \"FALSE\"");
        assertThatThrownBy(() -> StanceWords.read("w.tsv", new StringReader("# c\nDidn't\tNEGATION\n")))
                .hasMessageContaining("w.tsv:2").hasMessageContaining("expected \"did n't\"");
        assertThatThrownBy(() -> StanceWords.read("w.tsv", new StringReader("hoax\tDEBUNK\nhoax\tDEBUNK\n")))
                .hasMessageContaining("w.tsv:2").hasMessageContaining("listed twice");
        assertThatThrownBy(() -> StanceWords.read("w.tsv", new StringReader("hoax\n")))
                .hasMessageContaining("expected 2 tab-separated columns");
    }

    @Test
    void theShippedFileLoads() {
        StanceWords words = StanceWords.load();

        assertThat(words.find(Signal.DEBUNK, StanceWords.tokens("Lake monster photo was faked"))).contains("faked");
        assertThat(words.find(Signal.HEDGE, StanceWords.tokens("Mayor said to resign"))).contains("said to");
        assertThat(words.has(Signal.NEGATION, "n't")).isTrue();
        assertThat(words.has(Signal.SOURCE, "officials")).isTrue();
        assertThat(words.has(Signal.FACTIVE, "reveal")).isTrue();
        assertThat(List.of("the", "'s")).allMatch(w -> words.has(Signal.FUNCTION, w));
    }
}
