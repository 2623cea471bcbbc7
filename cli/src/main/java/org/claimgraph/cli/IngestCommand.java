package org.claimgraph.cli;

import org.claimgraph.extract.Analyzer;
import org.claimgraph.ingest.DocumentReader;
import org.claimgraph.ingest.DocumentSink;
import org.claimgraph.ingest.InputProblem;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import org.claimgraph.store.Ingested;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code claimgraph ingest}: reads articles, analyses the ones the store does not hold yet on every
 * core, and writes them to the store in batches, one transaction each. A run killed at any moment
 * loses at most the batch in flight; the next run skips what is stored and does the rest. Every
 * input or document that fails is one line on stderr and one row of the ingest log.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyses articles into the store, where `claimgraph claims`, `events`, `actors`, "
                + "`statements`, `stats` and `export` find them. Documents already stored (same text) are skipped, "
                + "so running it again, or after a crash, is safe.",
                "PATH is a .txt article, an .html page, a .jsonl file, an RSS/Atom feed, a .warc or .warc.gz file, "
                        + "a folder (read recursively), or - for stdin."},
        footer = {"", "Examples:",
                "  claimgraph ingest examples/ --date 2025-03-08",
                "  claimgraph ingest crawl.warc.gz --db news.duckdb --threads 8",
                "  claimgraph ingest corpus.jsonl --db postgresql://claimgraph:secret@localhost/claimgraph",
                "",
                "Exit status: 0 when every document was stored or already there, 1 when some failed "
                        + "(see the ingest log: `claimgraph stats`), 2 on a usage error."})
final class IngestCommand implements Callable<Integer> {

    /** Longest a finished analysis waits before its batch is committed. */
    private static final long COMMIT_NANOS = 5_000_000_000L;

    private final Supplier<Analyzer> analyzers;

    IngestCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles, feeds, WARC files or folders to ingest.")
    List<String> inputs;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for documents that do not give one; relative times resolve against it.")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
            description = "Documents per transaction (a batch is also committed after 5 s). Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(names = "--quiet", description = "No progress or model-loading messages on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        String location = storeOption.location();
        long start = System.nanoTime();
        try (Store store = Store.open(location)) {
            Run run = new Run(store, err);
            DocumentReader reader = new DocumentReader(date);
            for (String input : inputs) {
                reader.read(input, run);
            }
            run.finish();
            if (!quiet) {
                double seconds = (System.nanoTime() - start) / 1e9;
                err.printf(Locale.ROOT, "claimgraph: %d new %s in %s (%d already there, %d failed) in %.1f s, "
                                + "%.2f documents/s%n", run.written, run.written == 1 ? "document" : "documents",
                        store.name(), run.skipped, run.failed, seconds, run.written / Math.max(seconds, 1e-9));
            }
            return run.failed == 0 ? 0 : 1;
        } catch (StoreException e) {
            err.println("claimgraph: " + e.getMessage());
            return 1;
        }
    }

    /** One ingest run: reads, skips what is stored, analyses the rest and commits them in batches. */
    private final class Run implements DocumentSink, ParallelAnalysis.Consumer {
        private final Store store;
        private final PrintStream err;
        private final Set<String> seen;
        private final Progress progress;
        private final List<Ingested> pending = new ArrayList<>();
        private long pendingSince;
        private ParallelAnalysis parallel; // started with the first new document, so a rerun with nothing to do loads no models
        int written;
        int skipped;
        int failed;

        Run(Store store, PrintStream err) {
            this.store = store;
            this.err = err;
            this.seen = store.documentIds();
            this.progress = quiet ? null : new Progress(err, Terminal.interactive(), "ingested");
            if (progress != null) {
                progress.expect(ExpectedDocuments.count(inputs));
            }
        }

        @Override
        public void document(String input, Document document) {
            if (!seen.add(document.id())) {
                skipped++;
                if (progress != null) {
                    progress.documentSkipped();
                }
                return;
            }
            if (parallel == null) {
                Analyzer analyzer = ModelLoading.load(analyzers, err, quiet);
                parallel = new ParallelAnalysis(analyzer, threads, progress, err, this);
            }
            parallel.submit(input, document);
        }

        @Override
        public void problem(InputProblem problem) {
            failed++;
            report(problem.toString());
            store.logFailure(problem.input(), null, problem.problem());
        }

        @Override
        public void accept(String input, Document document, Analysis analysis) {
            if (pending.isEmpty()) {
                pendingSince = System.nanoTime();
            }
            pending.add(new Ingested(input, analysis));
            if (pending.size() >= batch || System.nanoTime() - pendingSince >= COMMIT_NANOS) {
                commit();
            }
        }

        @Override
        public void failed(String input, Document document, Throwable cause) {
            failed++;
            store.logFailure(input, document.id(), "analysis failed: " + ParallelAnalysis.reason(cause));
        }

        void finish() {
            if (parallel != null) {
                parallel.finish();
            }
            commit();
            if (progress != null) {
                progress.finish();
            }
        }

        private void commit() {
            int added = store.write(pending);
            failed += pending.size() - added; // documents the store refused are in the ingest log
            written += added;
            pending.clear();
        }

        private void report(String line) {
            if (progress != null) {
                progress.clear();
            }
            err.println("claimgraph: " + line);
        }
    }
}
