package org.claimgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The times stage: which stretches of a sentence SUTime reads. */
class TimeWindowsTest {

    /** A sentence of {@code n} one-letter tokens "a b c …" separated by spaces, starting at token 100 of its document. */
    private static final int N = 40;
    private static final String TEXT = text(N);

    private static String text(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append((char) ('a' + i % 26));
        }
        return b.toString();
    }

    private static CoreMap sentence() {
        List<CoreLabel> tokens = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            CoreLabel t = new CoreLabel();
            t.setWord(TEXT.substring(2 * i, 2 * i + 1));
            t.setBeginPosition(2 * i);
            t.setEndPosition(2 * i + 1);
            tokens.add(t);
        }
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, 100);
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, 3);
        return s;
    }

    private static List<String> spans(List<CoreMap> windows) {
        return windows.stream().map(w -> w.get(CoreAnnotations.TokenBeginAnnotation.class) - 100 + ".."
                + (w.get(CoreAnnotations.TokenEndAnnotation.class) - 100)).toList();
    }

    @Test
    void noTimeWordNoWindow() {
        assertThat(TimeWindows.around(TEXT, sentence(), List.of())).isEmpty();
    }

    @Test
    void aWindowKeepsTheMarginEitherSideAndStopsAtTheSentenceEnds() {
        int m = TimeWindows.MARGIN;
        assertThat(spans(TimeWindows.around(TEXT, sentence(), List.of(20))))
                .containsExactly((20 - m) + ".." + (21 + m));
        assertThat(spans(TimeWindows.around(TEXT, sentence(), List.of(2)))).containsExactly("0.." + (3 + m));
        assertThat(spans(TimeWindows.around(TEXT, sentence(), List.of(N - 1)))).containsExactly((N - 1 - m) + ".." + N);
    }

    @Test
    void nearbyTimeWordsShareOneWindowAndDistantOnesGetTheirOwn() {
        int m = TimeWindows.MARGIN;
        assertThat(spans(TimeWindows.around(TEXT, sentence(), List.of(10, 12)))).containsExactly((10 - m) + ".." + (13 + m));
        // 0 and 2m+1: the first window ends where the second begins, so they are one
        assertThat(spans(TimeWindows.around(TEXT, sentence(), List.of(0, 2 * m + 1)))).containsExactly("0.." + (3 * m + 2));
        assertThat(spans(TimeWindows.around(TEXT, sentence(), List.of(0, N - 1))))
                .containsExactly("0.." + (m + 1), (N - 1 - m) + ".." + N);
    }

    @Test
    void aWindowCarriesItsTextOffsetsAndSentenceIndex() {
        CoreMap w = TimeWindows.around(TEXT, sentence(), List.of(20)).get(0);
        int first = 20 - TimeWindows.MARGIN;
        int last = 20 + TimeWindows.MARGIN;

        assertThat(w.get(CoreAnnotations.TokensAnnotation.class)).hasSize(2 * TimeWindows.MARGIN + 1);
        assertThat(w.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)).isEqualTo(2 * first);
        assertThat(w.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)).isEqualTo(2 * last + 1);
        assertThat(w.get(CoreAnnotations.TextAnnotation.class)).isEqualTo(TEXT.substring(2 * first, 2 * last + 1));
        assertThat(w.get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(3);
    }
}
