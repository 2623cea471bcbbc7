package org.claimgraph.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a batch on stderr: a line redrawn in place on a terminal (every half second), a plain
 * line every ten seconds otherwise, so that logs stay readable. When the number of documents is
 * known beforehand the line has a bar and an estimate of the time left. Thread-safe.
 */
final class Progress {

    private static final int BAR = 24;

    private final PrintStream err;
    private final boolean interactive;
    private final String verb;
    private final long startNanos = System.nanoTime();
    private long lastNanos = startNanos;
    private int expected = -1;
    private int done;
    private int failed;
    private int skipped;
    private boolean drawn;

    /** @param verb what is done to each document, for the line: "analyzed", "ingested" */
    Progress(PrintStream err, boolean interactive, String verb) {
        this.err = err;
        this.interactive = interactive;
        this.verb = verb;
    }

    Progress(PrintStream err, boolean interactive) {
        this(err, interactive, "analyzed");
    }

    /** How many documents the batch holds, when it is known before they are read. */
    synchronized void expect(int documents) {
        expected = documents;
    }

    /** Documents analysed before the time left is estimated. */
    private static final int MIN_FOR_ESTIMATE = 10;

    synchronized void documentDone(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        maybePrint();
    }

    /** A document that needed no work (already stored): counts toward the total, not the rate. */
    synchronized void documentSkipped() {
        skipped++;
        maybePrint();
    }

    private void maybePrint() {
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
        err.print(before + line() + after);
        err.flush();
        drawn = interactive;
    }

    /** The progress line as it stands: "[###.....] 42/840 documents ingested (0 failed) in 30 s, …". */
    synchronized String line() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        StringBuilder line = new StringBuilder();
        int seen = done + skipped;
        if (expected > 0) {
            int filled = (int) Math.min(BAR, (long) BAR * seen / expected);
            line.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ");
            line.append(f("%d/%d documents %s", seen, expected, verb));
        } else {
            line.append(f("%s %d documents", verb, done));
        }
        line.append(f(" (%d failed", failed)).append(skipped > 0 ? f(", %d already stored)", skipped) : ")");
        line.append(f(" in %.0f s, %.1f documents/s", seconds, rate));
        if (expected > 0 && done >= MIN_FOR_ESTIMATE && seen < expected) { // the first few include model loading
            long left = Math.round((expected - seen) / rate);
            line.append(f(", about %d:%02d left", left / 60, left % 60));
        }
        return line.toString();
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
