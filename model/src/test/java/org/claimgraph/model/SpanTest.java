package org.claimgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Span}: validation on construction and in {@code of}, and the containment, overlap and order relations. */
class SpanTest {

    private static final String TEXT = "Moscow denied it.";

    @Test
    void ofCutsTheTextBetweenTheOffsets() {
        Span span = Span.of(TEXT, 7, 13);

        assertThat(span).isEqualTo(new Span(7, 13, "denied"));
        assertThat(span.length()).isEqualTo(6);
    }

    @Test
    void emptySpanIsAllowed() {
        assertThat(Span.of(TEXT, 6, 6)).isEqualTo(new Span(6, 6, ""));
    }

    @Test
    void wholeTextIsASpan() {
        assertThat(Span.of(TEXT, 0, TEXT.length()).text()).isEqualTo(TEXT);
    }

    @Test
    void negativeStartIsRejected() {
        assertThatThrownBy(() -> new Span(-1, 2, "abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[-1, 2)").hasMessageContaining("negative or reversed");
    }

    @Test
    void reversedOffsetsAreRejected() {
        assertThatThrownBy(() -> new Span(5, 3, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[5, 3)").hasMessageContaining("negative or reversed");
    }

    @Test
    void textOfTheWrongLengthIsRejected() {
        assertThatThrownBy(() -> new Span(0, 6, "Moscow denied"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 6)").hasMessageContaining("length 13").hasMessageContaining("Moscow denied");
    }

    @Test
    void nullTextIsRejected() {
        assertThatThrownBy(() -> new Span(0, 0, null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void ofPastTheEndIsRejectedWithTheTextLength() {
        assertThatThrownBy(() -> Span.of(TEXT, 7, 18))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[7, 18)").hasMessageContaining("past the text's end 17");
    }

    @Test
    void ofWithNegativeOrReversedOffsetsIsRejected() {
        assertThatThrownBy(() -> Span.of(TEXT, -1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative or reversed");
        assertThatThrownBy(() -> Span.of(TEXT, 9, 8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative or reversed");
    }

    @Test
    void containsItselfAndInnerSpansButNotOverhangingOnes() {
        Span sentence = Span.of(TEXT, 0, 17);
        Span denied = Span.of(TEXT, 7, 13);
        Span deniedIt = Span.of(TEXT, 7, 16);

        assertThat(sentence.contains(sentence)).isTrue();
        assertThat(sentence.contains(denied)).isTrue();
        assertThat(deniedIt.contains(denied)).isTrue();
        assertThat(denied.contains(deniedIt)).isFalse();
        assertThat(denied.contains(sentence)).isFalse();
    }

    @Test
    void overlapsWhenSharingAtLeastOneCharacter() {
        Span moscow = Span.of(TEXT, 0, 6);
        Span cowDenied = Span.of(TEXT, 3, 13);
        Span denied = Span.of(TEXT, 7, 13);

        assertThat(moscow.overlaps(cowDenied)).isTrue();
        assertThat(cowDenied.overlaps(moscow)).isTrue();
        assertThat(cowDenied.overlaps(denied)).isTrue();
        assertThat(moscow.overlaps(denied)).isFalse();
        assertThat(denied.overlaps(moscow)).isFalse();
    }

    @Test
    void adjacentSpansDoNotOverlap() {
        Span moscow = Span.of(TEXT, 0, 6);
        Span space = Span.of(TEXT, 6, 7);

        assertThat(moscow.overlaps(space)).isFalse();
        assertThat(space.overlaps(moscow)).isFalse();
    }

    @Test
    void ordersByStartThenEnd() {
        Span a = Span.of(TEXT, 0, 6);
        Span b = Span.of(TEXT, 0, 13);
        Span c = Span.of(TEXT, 7, 13);
        Span d = Span.of(TEXT, 7, 16);
        List<Span> spans = new ArrayList<>(List.of(d, c, b, a));

        spans.sort(null);

        assertThat(spans).containsExactly(a, b, c, d);
        assertThat(a.compareTo(Span.of(TEXT, 0, 6))).isZero();
        assertThat(b.compareTo(a)).isPositive();
        assertThat(a.compareTo(c)).isNegative();
    }
}
