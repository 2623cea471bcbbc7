package org.claimgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

/**
 * Runs one benchmark phase: a {@link Workload} over a list of articles on a fixed pool of worker
 * threads that share it.
 *
 * <ol>
 *   <li>A full garbage collection ({@link System#gc()}), so that one phase's garbage does not count
 *       against the next; then the {@link HeapSampler} starts.</li>
 *   <li>Warm-up: the first {@code warmup} articles, all submitted at once, waited for, not timed
 *       (the JIT compiles the hot paths, lazy caches fill).</li>
 *   <li>Timed: the remaining articles, all submitted at once; the clock runs from the first
 *       submission to the last completion, and each article's own processing time is kept too.</li>
 * </ol>
 *
 * A failing article is counted and the phase goes on. Not thread-safe: run one phase at a time.
 */
public final class PhaseRunner {

    private PhaseRunner() {
    }

    /**
     * Runs {@code workload} over {@code articles}.
     *
     * @param warmup how many of the first articles warm up; at most {@code articles.size() - 1}, so
     *               that at least one article is timed
     */
    public static PhaseResult run(String pipeline, Workload workload, List<Article> articles, int threads, int warmup,
                                  PhaseListener listener) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        if (warmup < 0 || warmup >= articles.size()) {
            throw new IllegalArgumentException("warm-up must leave at least one of the " + articles.size()
                    + " articles to time, but is " + warmup);
        }
        System.gc();
        double loadBefore = loadAverage();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-" + pipeline);
            t.setDaemon(true);
            return t;
        });
        AtomicInteger failures = new AtomicInteger();
        try (HeapSampler heap = HeapSampler.start()) {
            List<Article> warm = articles.subList(0, warmup);
            List<Article> timed = articles.subList(warmup, articles.size());
            listener.stage(pipeline, threads, "warm-up", warm.size());
            runAll(pool, workload, warm, listener, failures);
            listener.stage(pipeline, threads, "timed", timed.size());
            long start = System.nanoTime();
            Times times = runAll(pool, workload, timed, listener, failures);
            long elapsed = System.nanoTime() - start;
            return new PhaseResult(pipeline, threads, warmup,
                    Throughput.ofNanos(timed.size(), Article.tokens(timed), elapsed, LongStream.of(times.cpu()).sum()),
                    LatencyStats.ofNanos(times.wall()),
                    failures.get(), heap.peak(), loadBefore, loadAverage());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Each article's processing time and its worker thread's CPU time, in nanoseconds, in list order. */
    private record Times(long[] wall, long[] cpu) {
    }

    /** Processes every article on the pool and returns what each one took. */
    private static Times runAll(ExecutorService pool, Workload workload, List<Article> articles,
                                   PhaseListener listener, AtomicInteger failures) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[articles.size()];
        long[] cpuNanos = new long[articles.size()];
        List<Future<?>> pending = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            int index = i;
            Article article = articles.get(i);
            pending.add(pool.submit(() -> {
                long start = System.nanoTime();
                long cpuStart = cpu.getCurrentThreadCpuTime();
                boolean ok = false;
                try {
                    workload.process(article.document());
                    ok = true;
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                } finally {
                    nanos[index] = System.nanoTime() - start;
                    cpuNanos[index] = Math.max(0, cpu.getCurrentThreadCpuTime() - cpuStart);
                    listener.articleDone(ok);
                }
            }));
        }
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (ExecutionException e) {
                // an Error thrown by the workload (such as OutOfMemoryError): the phase cannot go on
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("a benchmark task failed outside the workload", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while benchmarking", e);
            }
        }
        return new Times(nanos, cpuNanos);
    }

    /** The 1-minute system load average, or -1 when the OS does not give it. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
