package org.claimgraph.cli;

import org.claimgraph.bench.PhaseListener;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of {@code claimgraph bench} on stderr: a line per stage, and within a stage the count
 * redrawn in place on a terminal (every half second) or a plain line every ten seconds otherwise.
 * Silent when quiet. Thread-safe.
 */
final class BenchProgress implements PhaseListener {

    private final PrintStream err;
    private final boolean interactive;
    private final boolean quiet;
    private String stage = "";
    private int total;
    private int done;
    private long startNanos;
    private long lastNanos;
    private boolean drawn;

    BenchProgress(PrintStream err, boolean interactive, boolean quiet) {
        this.err = err;
        this.interactive = interactive;
        this.quiet = quiet;
    }

    /** One line of news, such as "loading models…". */
    synchronized void note(String line) {
        if (!quiet) {
            clear();
            err.println("bench: " + line);
        }
    }

    @Override
    public synchronized void stage(String pipeline, int threads, String stage, int articles) {
        this.stage = String.format(Locale.ROOT, "%s, %d thread%s, %s", pipeline, threads, threads == 1 ? "" : "s",
                stage);
        total = articles;
        done = 0;
        startNanos = System.nanoTime();
        lastNanos = startNanos;
        note(this.stage + ": " + articles + " articles");
    }

    @Override
    public synchronized void articleDone(boolean ok) {
        done++;
        long now = System.nanoTime();
        if (quiet || now - lastNanos < (interactive ? 500_000_000L : 10_000_000_000L)) {
            return;
        }
        lastNanos = now;
        double seconds = (now - startNanos) / 1e9;
        String line = String.format(Locale.ROOT, "bench: %s: %d/%d articles in %.0f s, %.2f articles/s",
                stage, done, total, seconds, done / Math.max(seconds, 1e-9));
        if (interactive) {
            err.print("\r\033[K" + line);
            drawn = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** Clears the in-place line before other output. */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
        }
    }
}
