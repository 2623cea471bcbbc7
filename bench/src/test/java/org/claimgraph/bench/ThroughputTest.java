package org.claimgraph.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ThroughputTest {

    @Test
    void articlesAndTokensPerSecond() {
        Throughput t = Throughput.ofNanos(180, 144_000, 4_000_000_000L);

        assertThat(t.seconds()).isEqualTo(4.0);
        assertThat(t.articlesPerSecond()).isCloseTo(45.0, within(1e-9));
        assertThat(t.tokensPerSecond()).isCloseTo(36_000.0, within(1e-9));
    }

    @Test
    void ratioAgainstABaseline() {
        Throughput ours = new Throughput(100, 80_000, 10.0);
        Throughput baseline = new Throughput(40, 32_000, 100.0);

        assertThat(ours.timesFasterThan(baseline)).isCloseTo(25.0, within(1e-9));
        assertThat(ours.timesFasterThan(new Throughput(0, 0, 0))).isNaN();
    }

    @Test
    void nothingTimedIsZeroNotInfinity() {
        Throughput none = new Throughput(0, 0, 0);
        assertThat(none.articlesPerSecond()).isZero();
        assertThat(none.tokensPerSecond()).isZero();
    }

    @Test
    void rejectsNegativeFigures() {
        assertThatThrownBy(() -> new Throughput(-1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new Throughput(1, 0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
