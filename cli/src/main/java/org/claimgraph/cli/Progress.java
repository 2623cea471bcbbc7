package org.claimgraph.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a batch on stderr: a line redrawn in place on a terminal (every half second),
 * a plain line every ten seconds otherwise, so that logs stay readable. Thread-safe.
 */
final class Progress {

    private final PrintStream err;
    private final boolean interactive;
    private final long startNanos = System.nanoTime();
    private long lastNanos = startNanos;
    private int done;
    private int failed;
    private boolean drawn;

    Progress(PrintStream err, boolean interactive) {
        this.err = err;
        this.interactive = interactive;
    }

    synchronized void documentDone(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        long now = System.nanoTime();
        if (now - lastNanos >= (interactive ? 500_000_000L : 10_000_000_000L)) {
            lastNanos = now;
            print(interactive ? "\r" : "", interactive ? "" : "\n");
        }
    }

    /** Clears the in-place line before other output on stderr. */
    synchronized void clear() {
        if (interactive && drawn) {
            err.print("\r\033[K");
            drawn = false;
        }
    }

    /** Prints the final count when the batch took long enough to have shown progress. */
    synchronized void finish() {
        if (drawn || (!interactive && lastNanos != startNanos)) {
            print(interactive ? "\r" : "", "\n");
        }
    }

    private void print(String before, String after) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        err.print(before + String.format(Locale.ROOT, "analyzed %d documents (%d failed) in %.0f s, %.1f documents/s",
                done, failed, seconds, done / Math.max(seconds, 1e-9)) + after);
        err.flush();
        drawn = interactive;
    }
}
