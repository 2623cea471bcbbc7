package org.claimgraph.bench;

import org.claimgraph.model.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The phase protocol with a stand-in workload: no models, no timing asserted. */
class PhaseRunnerTest {

    private static List<Article> articles(int n) {
        return IntStream.range(0, n)
                .mapToObj(i -> new Article(Document.of("Article " + i + " says something.", null, null, null, null), 10))
                .toList();
    }

    @Test
    void warmsUpOnTheFirstArticlesThenTimesTheRest() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<String> stages = Collections.synchronizedList(new ArrayList<>());
        PhaseListener listener = new PhaseListener() {
            @Override
            public void stage(String pipeline, int threads, String stage, int articles) {
                stages.add(pipeline + "/" + threads + "/" + stage + "/" + articles);
            }
        };

        PhaseResult r = PhaseRunner.run("fake", d -> seen.add(d.text()), articles(5), 2, 2, listener);

        assertThat(seen).hasSize(5);
        assertThat(stages).containsExactly("fake/2/warm-up/2", "fake/2/timed/3");
        assertThat(r.pipeline()).isEqualTo("fake");
        assertThat(r.threads()).isEqualTo(2);
        assertThat(r.warmupArticles()).isEqualTo(2);
        assertThat(r.timed().articles()).isEqualTo(3);
        assertThat(r.timed().tokens()).isEqualTo(30);
        assertThat(r.latency().count()).isEqualTo(3);
        assertThat(r.failures()).isZero();
        assertThat(r.heap().peakUsed()).isPositive();
        assertThat(r.heap().max()).isEqualTo(Runtime.getRuntime().maxMemory());
    }

    @Test
    void theWorkersCpuTimeIsCounted() {
        PhaseResult r = PhaseRunner.run("fake", d -> busyFor(5_000_000L), articles(4), 2, 1, PhaseListener.NONE);

        // three timed articles, each kept its worker busy for at least 5 ms of its own CPU time
        assertThat(r.timed().cpuSeconds()).isGreaterThanOrEqualTo(0.015);
        assertThat(r.timed().cpuMillisPerArticle()).isGreaterThanOrEqualTo(5.0);
    }

    /** Spins until this thread has used {@code cpuNanos} of CPU time. */
    private static void busyFor(long cpuNanos) {
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = bean.getCurrentThreadCpuTime() + cpuNanos;
        long x = 0;
        while (bean.getCurrentThreadCpuTime() < end) {
            x += System.nanoTime() % 7;
        }
        assertThat(x).isNotNegative();
    }

    @Test
    void aFailingArticleIsCountedAndThePhaseGoesOn() {
        List<Article> five = articles(5);
        String bad = five.get(3).document().text();

        PhaseResult r = PhaseRunner.run("fake", d -> {
            if (d.text().equals(bad)) {
                throw new IllegalStateException("broken article");
            }
        }, five, 1, 1, PhaseListener.NONE);

        assertThat(r.failures()).isEqualTo(1);
        assertThat(r.timed().articles()).isEqualTo(4);
    }

    @Test
    void aWarmUpThatLeavesNothingToTimeIsRefused() {
        assertThatThrownBy(() -> PhaseRunner.run("fake", d -> { }, articles(3), 1, 3, PhaseListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 articles");
        assertThatThrownBy(() -> PhaseRunner.run("fake", d -> { }, articles(3), 0, 1, PhaseListener.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
    }
}
