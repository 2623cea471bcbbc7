package org.claimgraph.cli;

import org.claimgraph.extract.AnalysisJson;
import org.claimgraph.extract.Analyzer;
import org.claimgraph.ingest.DocumentReader;
import org.claimgraph.ingest.DocumentSink;
import org.claimgraph.ingest.InputProblem;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * {@code claimgraph analyze}: reads articles, analyses them on worker threads sharing one
 * {@link Analyzer}, and prints each analysis in input order. A bad input or a failed analysis is
 * one line on stderr and the batch goes on; the exit code is 1 when anything failed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyses news articles: actors, who said what (speaker, cue, content), and times.",
                "INPUT is a .txt article, an .html page, a .jsonl file (one {\"id\",\"text\",\"title\",\"url\","
                        + "\"outlet\",\"published\"} per line), or - for stdin."},
        footer = {"", "Examples:",
                "  claimgraph analyze examples/harbour-dispute.txt --date 2025-03-08",
                "  claimgraph analyze page.html --format json",
                "  claimgraph analyze corpus.jsonl --format jsonl > analyses.jsonl",
                "",
                "Exit status: 0 when every document was analysed, 1 when some input or document failed, "
                        + "2 on a usage error."})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { text, json, jsonl }

    private final Supplier<Analyzer> analyzers;

    AnalyzeCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles to analyse (.txt, .html, .jsonl, or -).")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for inputs that do not give one; relative times (\"on Friday\") "
                    + "resolve against it.")
    LocalDate date;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable report), json (one indented object per document) or jsonl "
                    + "(one object per line). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "No progress or model-loading messages on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        Analyzer analyzer = ModelLoading.load(analyzers, err, quiet);
        Progress progress = new Progress(err, Terminal.interactive() && !quiet);
        Batch batch = new Batch(analyzer, Math.max(1, threads), out, err, quiet ? null : progress);
        DocumentReader reader = new DocumentReader(date);
        for (String input : inputs) {
            reader.read(input, batch);
        }
        batch.finish();
        if (!quiet) {
            progress.finish();
        }
        out.flush();
        return batch.failures == 0 ? 0 : 1;
    }

    /** Analyses documents on a pool and prints them in the order they were read. */
    private final class Batch implements DocumentSink {
        private final Analyzer analyzer;
        private final ExecutorService pool;
        private final int window;
        private final Deque<Pending> pending = new ArrayDeque<>();
        private final PrintWriter out;
        private final PrintStream err;
        private final Progress progress;
        private final TextReport report = new TextReport(Terminal.colour());
        int failures;
        private boolean first = true;

        private record Pending(String input, Future<Analysis> analysis) {
        }

        Batch(Analyzer analyzer, int threads, PrintWriter out, PrintStream err, Progress progress) {
            this.analyzer = analyzer;
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "analyze");
                t.setDaemon(true);
                return t;
            });
            this.window = threads * 4;
            this.out = out;
            this.err = err;
            this.progress = progress;
        }

        @Override
        public void document(String input, Document document) {
            pending.add(new Pending(input, pool.submit(() -> analyzer.analyze(document))));
            while (pending.size() > window) {
                printNext();
            }
        }

        @Override
        public void problem(InputProblem problem) {
            failures++;
            if (progress != null) {
                progress.clear();
            }
            err.println("claimgraph: " + problem);
        }

        void finish() {
            while (!pending.isEmpty()) {
                printNext();
            }
            pool.shutdown();
        }

        private void printNext() {
            Pending next = pending.poll();
            Analysis analysis;
            try {
                analysis = next.analysis().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                problem(new InputProblem(next.input(), "analysis failed: " + cause));
                if (progress != null) {
                    progress.documentDone(false);
                }
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while analysing " + next.input(), e);
            }
            switch (format) {
                case jsonl -> out.println(AnalysisJson.line(analysis));
                case json -> out.println(AnalysisJson.pretty(analysis));
                case text -> {
                    if (!first) {
                        out.println();
                    }
                    out.print(report.render(analysis));
                }
            }
            first = false;
            out.flush();
            if (progress != null) {
                progress.documentDone(true);
            }
        }
    }
}
