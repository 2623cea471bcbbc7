package org.claimgraph.cli;

import org.claimgraph.bench.Article;
import org.claimgraph.bench.BenchReport;
import org.claimgraph.bench.ColdStart;
import org.claimgraph.bench.InsufficientHeapException;
import org.claimgraph.bench.Machine;
import org.claimgraph.bench.PhaseResult;
import org.claimgraph.bench.PhaseRunner;
import org.claimgraph.bench.QuotePipeline;
import org.claimgraph.extract.Analyzer;
import org.claimgraph.ingest.DocumentReader;
import org.claimgraph.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code claimgraph bench}: measures the full analysis over a corpus — cold start, articles and
 * tokens per second after a warm-up at each thread count, per-article latency and peak heap — and,
 * with {@code --baseline}, CoreNLP's own quote pipeline over the same articles in the same run,
 * and the ratio. Exit status: 0; 1 when the corpus gives too few articles, the heap is too small
 * for the baseline, or an article failed; 2 on a usage error.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measures claimgraph's speed and memory on a corpus and, with --baseline, compares it with "
                + "Stanford CoreNLP's own quote-attribution pipeline (" + QuotePipeline.ANNOTATORS + ") "
                + "over the same articles.",
                "Per thread count: articles/s and tokens/s after the warm-up, per-article latency, peak heap; "
                        + "once: the cold start (JVM start to the first analysis finished)."},
        footer = {"", "Examples:",
                "  claimgraph bench --corpus ../shared/eval/polnear/train.jsonl --limit 200 --threads 1,2",
                "  CLAIMGRAPH_JAVA_OPTS=-Xmx8g claimgraph bench --corpus ../shared/eval/polnear/train.jsonl "
                        + "--threads 1 --baseline",
                "",
                "The baseline needs about 5-6 GB of heap; ./claimgraph starts Java with CLAIMGRAPH_JAVA_OPTS "
                        + "(default -Xmx2g), so give it -Xmx8g for --baseline.",
                "Progress goes to stderr; the report to stdout. See docs/performance.md for measured figures."})
final class BenchCommand implements Callable<Integer> {

    enum Format { text, json }

    static final String CLAIMGRAPH = "claimgraph";
    static final String BASELINE = "corenlp-quote";

    private final Supplier<Analyzer> analyzers;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "FILE",
            description = "Articles to measure on: a .jsonl file (one {\"text\",\"publication_date\",…} per line), "
                    + "or any input `analyze` reads.")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "200",
            description = "Use the first N articles. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--threads", paramLabel = "N", split = ",", splitSynopsisLabel = ",",
            description = "Thread counts to measure claimgraph at, in order; a count may repeat (1,2,1 shows how "
                    + "much the JIT still warmed up during the first phase). Default: 1 and the number of cores.")
    List<Integer> threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "60",
            description = "Articles each phase processes first without timing them (20 leave the first phase "
                    + "still warming up: docs/performance.md). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--baseline", description = "Also run CoreNLP's quote pipeline (needs -Xmx6g or more).")
    boolean baseline;

    @Option(names = "--baseline-threads", paramLabel = "N", split = ",", splitSynopsisLabel = ",", defaultValue = "1",
            description = "Thread counts to measure the baseline at. Default: ${DEFAULT-VALUE}.")
    List<Integer> baselineThreads;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table) or json (the same figures as one object). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    BenchCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    /** The thread counts to measure claimgraph at: as given, or 1 and the number of cores. */
    List<Integer> threadCounts() {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> given = threads == null || threads.isEmpty() ? (cores == 1 ? List.of(1) : List.of(1, cores))
                : threads;
        return checkedThreads("--threads", given);
    }

    List<Integer> baselineThreadCounts() {
        return checkedThreads("--baseline-threads", baselineThreads);
    }

    private List<Integer> checkedThreads(String option, List<Integer> given) {
        for (int t : given) {
            if (t < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        option + " takes thread counts of at least 1, such as 1,2; not " + t);
            }
        }
        return List.copyOf(given);
    }

    @Override
    public Integer call() {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        if (warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--warmup must not be negative: " + warmup);
        }
        List<Integer> counts = threadCounts();
        List<Integer> baseCounts = baselineThreadCounts();
        PrintStream err = System.err;
        if (baseline) {
            try { // before minutes of claimgraph phases, not after them
                QuotePipeline.requireHeap(Runtime.getRuntime().maxMemory());
            } catch (InsufficientHeapException e) {
                err.println("claimgraph: bench: " + e.getMessage());
                return 1;
            }
        }

        List<Document> documents = read(err);
        if (documents.size() <= warmup) {
            err.println("claimgraph: bench: " + corpus + " gives " + documents.size() + " article(s), but a warm-up of "
                    + warmup + " leaves none to time; use a larger corpus or a smaller --warmup");
            return 1;
        }
        BenchProgress progress = new BenchProgress(err, Terminal.interactive(), quiet);

        // cold start: everything a user waits for before the first analysis, JVM start included;
        // the models have been loading since main started (Claimgraph.analyzersFor)
        progress.note("loading claimgraph's models…");
        Analyzer analyzer = analyzers.get();
        long loaded = System.nanoTime();
        double loadedSeconds = (System.currentTimeMillis() - jvmStartMillis) / 1e3;
        try {
            analyzer.analyze(documents.get(0));
        } catch (RuntimeException e) {
            progress.clear();
            err.println("claimgraph: bench: the first article (" + documents.get(0).id() + ") failed, so there is no "
                    + "cold start to report: " + e);
            return 1;
        }
        double firstArticleSeconds = (System.nanoTime() - loaded) / 1e9;
        List<ColdStart> coldStarts = new ArrayList<>();
        coldStarts.add(new ColdStart(CLAIMGRAPH, loadedSeconds + firstArticleSeconds, loadedSeconds, firstArticleSeconds));

        progress.note("counting tokens…");
        List<Article> articles = Article.of(documents);
        List<PhaseResult> phases = new ArrayList<>();
        for (int t : counts) {
            phases.add(PhaseRunner.run(CLAIMGRAPH, analyzer::analyze, articles, t, warmup, progress));
        }
        if (baseline) {
            try {
                progress.note("loading CoreNLP's quote pipeline (" + QuotePipeline.ANNOTATORS + ")…");
                long b0 = System.nanoTime();
                QuotePipeline quotes = QuotePipeline.load();
                long b1 = System.nanoTime();
                quotes.annotate(documents.get(0));
                long b2 = System.nanoTime();
                coldStarts.add(new ColdStart(BASELINE, (b2 - b0) / 1e9, (b1 - b0) / 1e9, (b2 - b1) / 1e9));
                for (int t : baseCounts) {
                    phases.add(PhaseRunner.run(BASELINE, quotes, articles, t, warmup, progress));
                }
            } catch (InsufficientHeapException e) {
                err.println("claimgraph: bench: " + e.getMessage());
                return 1;
            } catch (OutOfMemoryError e) {
                progress.clear();
                err.println("claimgraph: bench: the CoreNLP baseline ran out of heap (" + e.getMessage() + "); "
                        + "start Java with more, for example CLAIMGRAPH_JAVA_OPTS=-Xmx8g ./claimgraph bench --baseline …");
                return 1;
            }
        }
        progress.clear();

        BenchReport report = BenchReport.of(Machine.current(), corpus.toString(), articles.size(),
                Article.tokens(articles), warmup, coldStarts, phases, CLAIMGRAPH, BASELINE);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        out.print(format == Format.json ? BenchJson.render(report) : BenchTable.render(report));
        out.flush();
        int failures = phases.stream().mapToInt(PhaseResult::failures).sum();
        if (failures > 0) {
            err.println("claimgraph: bench: " + failures + " article analyses failed (see the failures column)");
        }
        return failures == 0 ? 0 : 1;
    }

    /** The first {@code limit} documents of the corpus; a bad line is one line on stderr and is skipped. */
    private List<Document> read(PrintStream err) {
        return new DocumentReader(null).readFirst(corpus.toString(), limit,
                problem -> err.println("claimgraph: bench: skipped " + problem));
    }
}
