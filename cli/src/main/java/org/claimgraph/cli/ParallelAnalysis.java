package org.claimgraph.cli;

import org.claimgraph.extract.AnalysisException;
import org.claimgraph.extract.Analyzer;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Analyses documents on worker threads sharing one {@link Analyzer}, and hands each analysis to
 * a consumer on the submitting thread, in submission order. At most a few analyses per thread are
 * held, so a batch of any size streams. A document whose analysis fails is one line on stderr and
 * goes to the consumer's {@code failed}; the batch goes on.
 *
 * <p>Lifecycle: {@link #submit} each document, then {@link #finish} once. Not thread-safe: one
 * submitting thread.
 */
final class ParallelAnalysis {

    /** Receives each document's analysis, or why there is none. */
    @FunctionalInterface
    interface Consumer {
        void accept(String input, Document document, Analysis analysis);

        /** The analysis of a document failed; it has already been reported on stderr. */
        default void failed(String input, Document document, Throwable cause) {
        }
    }

    private record Pending(String input, Document document, Future<Analysis> analysis) {
    }

    private final Analyzer analyzer;
    private final ExecutorService pool;
    private final int window;
    private final Progress progress;
    private final PrintStream err;
    private final Consumer consumer;
    private final Deque<Pending> pending = new ArrayDeque<>();
    private int failures;

    /** @param progress where to count documents done, or null for no progress */
    ParallelAnalysis(Analyzer analyzer, int threads, Progress progress, PrintStream err, Consumer consumer) {
        this.analyzer = analyzer;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "analyze");
            t.setDaemon(true);
            return t;
        });
        this.window = Math.max(1, threads) * 4; // enough queued work to keep every thread busy, few analyses held
        this.progress = progress;
        this.err = err;
        this.consumer = consumer;
    }

    /** Queues one document; may first hand over earlier analyses to keep the window small. */
    void submit(String input, Document document) {
        pending.add(new Pending(input, document, pool.submit(() -> analyzer.analyze(document))));
        while (pending.size() > window) {
            handOver(pending.poll());
        }
    }

    /** Hands over every remaining analysis, stops the workers, and returns how many analyses failed. */
    int finish() {
        try {
            while (!pending.isEmpty()) {
                handOver(pending.poll());
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    private void handOver(Pending next) {
        Analysis analysis = null;
        try {
            analysis = next.analysis().get();
        } catch (ExecutionException e) {
            failures++;
            if (progress != null) {
                progress.clear();
            }
            err.println("claimgraph: " + next.input() + ": analysis failed: " + reason(e.getCause()));
            consumer.failed(next.input(), next.document(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing " + next.input(), e);
        }
        if (analysis != null) {
            consumer.accept(next.input(), next.document(), analysis);
        }
        if (progress != null) {
            progress.documentDone(analysis != null);
        }
    }

    /** Why an analysis failed: the stage and the error for an {@link AnalysisException}, else the error. */
    static String reason(Throwable cause) {
        return cause instanceof AnalysisException ? cause.getMessage() : cause.toString();
    }
}
