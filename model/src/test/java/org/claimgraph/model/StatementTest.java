package org.claimgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Statement}: confidence must lie in [0, 1]; id, cue, content and form are required. */
class StatementTest {

    private static final String TEXT = "Pyongyang denied it.";
    private static final Cue CUE = new Cue(Span.of(TEXT, 10, 16), "deny");
    private static final Span CONTENT = Span.of(TEXT, 17, 19);

    private static Statement withConfidence(double confidence) {
        return new Statement("s1", null, CUE, CONTENT, StatementForm.INDIRECT, null, confidence, null);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void confidenceFromZeroToOneInclusiveIsAccepted(double confidence) {
        assertThat(withConfidence(confidence).confidence()).isEqualTo(confidence);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, -1, 2, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY})
    void confidenceOutsideZeroToOneIsRejected(double confidence) {
        assertThatThrownBy(() -> withConfidence(confidence))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside [0, 1]");
    }

    @Test
    void nanConfidenceIsRejected() {
        assertThatThrownBy(() -> withConfidence(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void speakerTimeAndParentMayBeNull() {
        Statement s = withConfidence(0.8);

        assertThat(s.speaker()).isNull();
        assertThat(s.time()).isNull();
        assertThat(s.parent()).isNull();
    }

    @Test
    void idCueContentAndFormAreRequired() {
        assertThatThrownBy(() -> new Statement(null, null, CUE, CONTENT, StatementForm.DIRECT, null, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> new Statement("s", null, null, CONTENT, StatementForm.DIRECT, null, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("cue");
        assertThatThrownBy(() -> new Statement("s", null, CUE, null, StatementForm.DIRECT, null, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("content");
        assertThatThrownBy(() -> new Statement("s", null, CUE, CONTENT, null, null, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("form");
    }
}
