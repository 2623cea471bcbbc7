package org.claimgraph.cli;

import org.claimgraph.extract.Analyzer;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Analyses a list of documents on worker threads sharing one {@link Analyzer}, and hands each
 * analysis to a consumer on the calling thread, in list order. A document whose analysis fails is
 * one line on stderr and is handed over with an empty analysis, so a batch always completes.
 */
final class ParallelAnalysis {

    /** Receives the analyses, one at a time, on the thread that called {@link #run}. */
    @FunctionalInterface
    interface Consumer {
        void accept(int index, Analysis analysis);
    }

    private record Pending(int index, Future<Analysis> analysis) {
    }

    private ParallelAnalysis() {
    }

    /**
     * Analyses every document and returns how many failed.
     *
     * @param progress where to count documents done, or null for no progress
     */
    static int run(Analyzer analyzer, List<Document> documents, int threads, Progress progress, PrintStream err,
                   Consumer consumer) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "analyze");
            t.setDaemon(true);
            return t;
        });
        int window = Math.max(1, threads) * 4; // enough queued work to keep every thread busy, few analyses held
        Deque<Pending> pending = new ArrayDeque<>();
        int failures = 0;
        try {
            for (int i = 0; i < documents.size(); i++) {
                Document document = documents.get(i);
                pending.add(new Pending(i, pool.submit(() -> analyzer.analyze(document))));
                while (pending.size() > window) {
                    failures += handOver(pending.poll(), documents, progress, err, consumer);
                }
            }
            while (!pending.isEmpty()) {
                failures += handOver(pending.poll(), documents, progress, err, consumer);
            }
        } finally {
            pool.shutdownNow();
        }
        return failures;
    }

    /** Waits for one analysis and hands it over; returns 1 when it failed. */
    private static int handOver(Pending next, List<Document> documents, Progress progress, PrintStream err,
                                Consumer consumer) {
        Document document = documents.get(next.index());
        Analysis analysis;
        boolean ok = true;
        try {
            analysis = next.analysis().get();
        } catch (ExecutionException e) {
            if (progress != null) {
                progress.clear();
            }
            err.println("claimgraph: " + document.id() + ": analysis failed: " + e.getCause());
            analysis = new Analysis(document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing " + document.id(), e);
        }
        consumer.accept(next.index(), analysis);
        if (progress != null) {
            progress.documentDone(ok);
        }
        return ok ? 0 : 1;
    }
}
