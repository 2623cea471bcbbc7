package org.claimgraph.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ThroughputTest {

    @Test
    void articlesAndTokensPerSecond() {
        Throughput t = Throughput.ofNanos(180, 144_000, 4_000_000_000L, 3_600_000_000L);

        assertThat(t.seconds()).isEqualTo(4.0);
        assertThat(t.cpuSeconds()).isEqualTo(3.6);
        assertThat(t.cpuMillisPerArticle()).isCloseTo(20.0, within(1e-9));
        assertThat(t.articlesPerSecond()).isCloseTo(45.0, within(1e-9));
        assertThat(t.tokensPerSecond()).isCloseTo(36_000.0, within(1e-9));
    }

    @Test
    void ratioAgainstABaseline() {
        Throughput ours = new Throughput(100, 80_000, 10.0, 8.0);
        Throughput baseline = new Throughput(40, 32_000, 100.0, 96.0);

        assertThat(ours.timesFasterThan(baseline)).isCloseTo(25.0, within(1e-9));
        assertThat(ours.timesFasterThan(new Throughput(0, 0, 0, 0))).isNaN();
        // 2,400 CPU ms per baseline article against 80 of ours
        assertThat(ours.timesLessCpuThan(baseline)).isCloseTo(30.0, within(1e-9));
        assertThat(ours.timesLessCpuThan(new Throughput(0, 0, 0, 0))).isNaN();
    }

    @Test
    void nothingTimedIsZeroNotInfinity() {
        Throughput none = new Throughput(0, 0, 0, 0);
        assertThat(none.articlesPerSecond()).isZero();
        assertThat(none.cpuMillisPerArticle()).isZero();
        assertThat(none.tokensPerSecond()).isZero();
    }

    @Test
    void rejectsNegativeFigures() {
        assertThatThrownBy(() -> new Throughput(-1, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new Throughput(1, 0, Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Throughput(1, 0, 1, -0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-0.5");
    }
}
