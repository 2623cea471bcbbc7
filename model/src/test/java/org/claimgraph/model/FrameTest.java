package org.claimgraph.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Frame}, {@link Event} and {@link Claim}: validated on construction. */
class FrameTest {

    private static final Span TRIGGER = Span.of("North Korea shipped arms", 12, 19);

    @Test
    void theFamilyIsTheCameoRoot() {
        assertThat(new Frame("state:PRK", "072", "AID", "state:RUS", null, null, TRIGGER).family()).isEqualTo("07");
    }

    @Test
    void aCameoCodeIsTwoToFourDigits() {
        assertThatThrownBy(() -> new Frame("state:PRK", "72x", "AID", null, null, null, TRIGGER))
                .hasMessageContaining("72x");
    }

    @Test
    void aGoldsteinValueLiesInMinusTenToTen() {
        Frame f = new Frame("state:PRK", "072", "AID", null, null, null, TRIGGER);
        assertThatThrownBy(() -> new Event("e1", f, Modality.ASSERTED, null, 11)).hasMessageContaining("11");
        assertThatThrownBy(() -> new Event("e1", f, Modality.ASSERTED, null, Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void aClaimHasAtLeastOneFrame() {
        assertThatThrownBy(() -> new Claim("c1", "text", "072", "AID", "state:PRK", null, List.of(), List.of(), List.of()))
                .hasMessageContaining("c1");
    }
}
