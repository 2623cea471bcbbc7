package org.claimgraph.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyStatsTest {

    @Test
    void nearestRankPercentilesOfMeasuredValues() {
        long[] nanos = {5_000_000, 1_000_000, 3_000_000, 2_000_000, 4_000_000};

        LatencyStats s = LatencyStats.ofNanos(nanos);

        assertThat(s.count()).isEqualTo(5);
        assertThat(s.meanMillis()).isCloseTo(3.0, within(1e-9));
        assertThat(s.medianMillis()).isEqualTo(3.0);
        assertThat(s.p90Millis()).isEqualTo(5.0);
        assertThat(s.maxMillis()).isEqualTo(5.0);
        assertThat(nanos).as("the input is not sorted in place").startsWith(5_000_000, 1_000_000);
    }

    @Test
    void rankTable() {
        long[] ten = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(LatencyStats.rank(ten, 0.5)).isEqualTo(5);
        assertThat(LatencyStats.rank(ten, 0.9)).isEqualTo(9);
        assertThat(LatencyStats.rank(ten, 1.0)).isEqualTo(10);
        assertThat(LatencyStats.rank(new long[] {7}, 0.9)).isEqualTo(7);
        assertThat(LatencyStats.rank(new long[] {1, 2}, 0.5)).isEqualTo(1);
    }

    @Test
    void noMeasurementsGiveZeros() {
        assertThat(LatencyStats.ofNanos(new long[0])).isEqualTo(LatencyStats.NONE);
        assertThat(LatencyStats.NONE.count()).isZero();
    }
}
