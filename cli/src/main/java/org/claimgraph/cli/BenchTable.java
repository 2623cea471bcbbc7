package org.claimgraph.cli;

import org.claimgraph.bench.BenchReport;
import org.claimgraph.bench.ColdStart;
import org.claimgraph.bench.Machine;
import org.claimgraph.bench.PhaseResult;
import org.claimgraph.bench.Ratio;

import java.util.Locale;

/** A {@link BenchReport} as the readable table {@code claimgraph bench} prints. */
final class BenchTable {

    private BenchTable() {
    }

    static String render(BenchReport r) {
        StringBuilder b = new StringBuilder();
        Machine m = r.machine();
        b.append(f("claimgraph bench: %d articles (%,d tokens) from %s; warm-up %d articles per phase%n",
                r.articles(), r.tokens(), r.corpus(), r.warmup()));
        b.append(f("machine: %d cores, %s, Java %s, %s, max heap %,d MiB%n", m.cores(), m.cpu(), m.java(), m.os(),
                m.maxHeapMiB()));

        b.append(f("%nCold start%n"));
        b.append(f("  %-14s %9s %9s %14s%n", "pipeline", "total s", "load s", "first article s"));
        for (ColdStart c : r.coldStarts()) {
            b.append(f("  %-14s %9.2f %9.2f %14.2f%n", c.pipeline(), c.totalSeconds(), c.loadSeconds(),
                    c.firstArticleSeconds()));
        }
        b.append(f("  (claimgraph: from JVM start to the first analysis, the models loading while the corpus is read; "
                + "the baseline: its load and first article)%n"));

        b.append(f("%nThroughput after warm-up%n"));
        b.append(f("  %-14s %7s %8s %10s %10s %10s %9s %9s %9s %12s %11s %8s %11s%n", "pipeline", "threads",
                "timed", "articles/s", "tokens/s", "CPU ms/art", "median ms", "p90 ms", "max ms", "peak heap MiB",
                "after GC MiB", "failures", "load"));
        for (PhaseResult p : r.phases()) {
            b.append(f("  %-14s %7d %8d %10.2f %10.0f %10.1f %9.1f %9.1f %9.1f %12.0f %11.0f %8d %11s%n",
                    p.pipeline(), p.threads(), p.timed().articles(), p.timed().articlesPerSecond(),
                    p.timed().tokensPerSecond(), p.timed().cpuMillisPerArticle(), p.latency().medianMillis(),
                    p.latency().p90Millis(), p.latency().maxMillis(),
                    p.heap().peakUsedMiB(), p.heap().peakAfterGcMiB(), p.failures(),
                    load(p.loadBefore()) + "→" + load(p.loadAfter())));
        }
        b.append(f("  (CPU ms/art: the worker threads' CPU time per timed article, less sensitive to other jobs on "
                + "the machine than articles/s; peak heap: most in use at any moment, garbage included; after GC: "
                + "most still in use after a collection; load: 1-minute load average before→after)%n"));

        if (!r.ratios().isEmpty()) {
            b.append(f("%nclaimgraph / CoreNLP quote pipeline%n"));
            for (Ratio q : r.ratios()) {
                b.append(f("  %d thread%s: %.2f / %.2f articles/s = %.1f× faster; %.1f / %.1f CPU ms per article = "
                                + "%.1f× less CPU%n", q.threads(), q.threads() == 1 ? "" : "s",
                        q.claimgraph().articlesPerSecond(), q.baseline().articlesPerSecond(), q.timesFaster(),
                        q.claimgraph().cpuMillisPerArticle(), q.baseline().cpuMillisPerArticle(), q.timesLessCpu()));
            }
        }
        return b.toString();
    }

    private static String load(double load) {
        return load < 0 ? "?" : f("%.2f", load);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
