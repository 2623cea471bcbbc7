package org.claimgraph.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenchReportTest {

    private static final HeapPeak HEAP = new HeapPeak(1L << 30, 1L << 29, 2L << 30, 3);

    static PhaseResult phase(String pipeline, int threads, int articles, double seconds) {
        return new PhaseResult(pipeline, threads, 20, new Throughput(articles, articles * 800L, seconds, seconds * threads * 0.9),
                LatencyStats.NONE, 0, HEAP, 1.0, 1.5);
    }

    @Test
    void ratiosAtEveryThreadCountBothPipelinesRanAt() {
        List<PhaseResult> phases = List.of(phase("claimgraph", 1, 180, 9.0), phase("claimgraph", 2, 180, 5.0),
                phase("corenlp-quote", 1, 180, 450.0));

        BenchReport r = BenchReport.of(new Machine(2, "cpu", "17", "Linux", 2048), "c.jsonl", 200, 160_000, 20,
                List.of(), phases, "claimgraph", "corenlp-quote");

        assertThat(r.ratios()).singleElement().satisfies(q -> {
            assertThat(q.threads()).isEqualTo(1);
            assertThat(q.claimgraph().articlesPerSecond()).isCloseTo(20.0, within(1e-9));
            assertThat(q.baseline().articlesPerSecond()).isCloseTo(0.4, within(1e-9));
            assertThat(q.timesFaster()).isCloseTo(50.0, within(1e-9));
            assertThat(q.timesLessCpu()).isCloseTo(50.0, within(1e-9));
        });
    }

    @Test
    void noBaselineNoRatios() {
        BenchReport r = BenchReport.of(new Machine(2, "cpu", "17", "Linux", 2048), "c.jsonl", 3, 300, 1,
                List.of(), List.of(phase("claimgraph", 1, 2, 1.0)), "claimgraph", "corenlp-quote");

        assertThat(r.ratios()).isEmpty();
    }
}
