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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code claimgraph analyze}: reads articles, analyses them on worker threads sharing one
 * {@link Analyzer}, and prints each analysis in input order. A bad input or a failed analysis is
 * one line on stderr and the batch goes on; the exit code is 1 when anything failed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyses news articles: actors, who said what (speaker, cue, content), and times.",
                "INPUT is a .txt article, an .html page, a .jsonl file (one {\"id\",\"text\",\"title\",\"url\","
                        + "\"outlet\",\"published\"} per line), an RSS/Atom feed, a .warc or .warc.gz file, a folder "
                        + "(read recursively), or - for stdin. To keep the results, use `claimgraph ingest`."},
        footer = {"", "Examples:",
                "  claimgraph analyze examples/mackerel-dispute.txt --date 2025-03-08",
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

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Articles, feeds, WARC files or folders to analyse, or -.")
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
        Progress progress = quiet ? null : new Progress(err, Terminal.interactive());
        Printer printer = new Printer(out);
        ParallelAnalysis parallel = new ParallelAnalysis(analyzer, threads, progress, err, printer);
        int[] inputProblems = {0};
        DocumentSink sink = new DocumentSink() {
            @Override
            public void document(String input, Document document) {
                parallel.submit(input, document);
            }

            @Override
            public void problem(InputProblem problem) {
                inputProblems[0]++;
                if (progress != null) {
                    progress.clear();
                }
                err.println("claimgraph: " + problem);
            }
        };
        DocumentReader reader = new DocumentReader(date);
        for (String input : inputs) {
            reader.read(input, sink);
        }
        int failures = parallel.finish() + inputProblems[0];
        if (progress != null) {
            progress.finish();
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    /** Prints each analysis in the chosen format, in input order. */
    private final class Printer implements ParallelAnalysis.Consumer {
        private final PrintWriter out;
        private final TextReport report = new TextReport(Terminal.colour());
        private boolean first = true;

        Printer(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void accept(String input, Document document, Analysis analysis) {
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
        }
    }
}
