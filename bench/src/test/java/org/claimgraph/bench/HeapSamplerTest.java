package org.claimgraph.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeapSamplerTest {

    @Test
    void seesAnArrayHeldWhileItSamples() throws InterruptedException {
        byte[] held;
        HeapPeak peak;
        try (HeapSampler heap = HeapSampler.start()) {
            held = new byte[64 * 1024 * 1024];
            Thread.sleep(5L * HeapSampler.PERIOD_MILLIS);
            peak = heap.peak();
        }
        assertThat(held).hasSize(64 * 1024 * 1024);
        assertThat(peak.peakUsed()).isGreaterThanOrEqualTo(held.length);
        assertThat(peak.max()).isEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(peak.peakUsedMiB()).isGreaterThanOrEqualTo(64.0);
    }
}
