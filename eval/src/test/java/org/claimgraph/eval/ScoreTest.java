package org.claimgraph.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Precision, recall and F1 from counts, including zero denominators. */
class ScoreTest {

    @Test
    void precisionRecallAndF1() {
        Score s = new Score(10, 8, 6);

        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.6);
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
    }

    @Test
    void zeroDenominatorsGiveZeroNotNaN() {
        assertThat(Score.ZERO.precision()).isZero();
        assertThat(Score.ZERO.recall()).isZero();
        assertThat(Score.ZERO.f1()).isZero();
        Score nothingPredicted = new Score(5, 0, 0);
        assertThat(nothingPredicted.precision()).isZero();
        assertThat(nothingPredicted.recall()).isZero();
        Score nothingGold = new Score(0, 4, 0);
        assertThat(nothingGold.recall()).isZero();
        assertThat(nothingGold.f1()).isZero();
        assertThat(new Score(3, 3, 0).f1()).isZero();
    }

    @Test
    void perfectIsOne() {
        Score s = new Score(4, 4, 4);
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.f1()).isEqualTo(1.0);
    }

    @Test
    void documentsAddUpCountsNotRatios() {
        Score sum = new Score(2, 1, 1).plus(new Score(8, 9, 3));

        assertThat(sum).isEqualTo(new Score(10, 10, 4));
        assertThat(sum.precision()).isEqualTo(0.4);
    }

    @Test
    void impossibleCountsAreRejected() {
        assertThatThrownBy(() -> new Score(1, 5, 2)).hasMessageContaining("impossible counts");
        assertThatThrownBy(() -> new Score(5, 1, 2)).hasMessageContaining("impossible counts");
        assertThatThrownBy(() -> new Score(-1, 0, 0)).hasMessageContaining("impossible counts");
    }

    @Test
    void aShareIsZeroOfNothing() {
        assertThat(new Share(0, 0).fraction()).isZero();
        assertThat(new Share(3, 4).fraction()).isEqualTo(0.75);
        assertThatThrownBy(() -> new Share(5, 4)).hasMessageContaining("found 5 of 4");
    }
}
