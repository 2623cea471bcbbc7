package org.claimgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.eval.GoldDataException;
import org.claimgraph.extract.Analyzer;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * What every {@code claimgraph eval} subcommand does: read a gold file, analyse its documents on
 * worker threads sharing one {@link Analyzer} (progress on stderr), score each analysis in file
 * order, write every error to {@code --errors} as JSON Lines, and print the figures as text or JSON.
 * Exit status: 0, or 1 when the gold file cannot be read, the errors file cannot be written or an
 * analysis failed (that document is scored as predicting nothing), or 2 on a usage error.
 *
 * @param <G> one gold document of the subcommand's format
 */
abstract class GoldEvaluationCommand<G> implements Callable<Integer> {

    enum Format { text, json }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<Analyzer> analyzers;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "The gold file.")
    Path gold;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N gold documents.")
    Integer limit;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every error to FILE, one JSON object a line (see below).")
    Path errorsFile;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a readable report) or json (the same figures as one JSON object). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--quiet", description = "No progress or model-loading messages on stderr.")
    boolean quiet;

    GoldEvaluationCommand(Supplier<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    /** Reads the first {@code limit} gold documents of the file. */
    abstract List<G> read(Path file, int limit) throws GoldDataException;

    /** The document to analyse for one gold document. */
    abstract Document document(G gold);

    /** Scores one gold document's analysis; called in file order, from one thread. */
    abstract void add(G gold, Analysis analysis);

    /** Every error found, for {@code --errors}. */
    abstract List<?> errors();

    /** The figures, as {@code --format json} prints them. */
    abstract Object report();

    /** The figures as a readable report. */
    abstract String textReport();

    /**
     * Called once the gold is read, before the models load: a subcommand with output files of its
     * own opens them here, so that a bad path fails in a second, not after the analyses. Returns
     * false, after saying why on {@code err}, to stop with exit status 1.
     */
    boolean open(PrintStream err) {
        return true;
    }

    /**
     * Called after the last {@link #add}, before the figures print: a subcommand writes its own output
     * files here. Returns false, after saying why on {@code err}, for exit status 1.
     */
    boolean close(PrintStream err) {
        return true;
    }

    @Override
    public Integer call() {
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        PrintStream err = System.err;
        List<G> golds;
        try {
            golds = read(gold, limit == null ? Integer.MAX_VALUE : limit);
        } catch (GoldDataException e) {
            err.println("claimgraph: " + e.getMessage());
            return 1;
        }
        if (!open(err)) {
            return 1;
        }
        try (Writer errorsOut = errorsFile == null ? Writer.nullWriter()
                : Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8)) {
            Analyzer analyzer = ModelLoading.load(analyzers, err, quiet);
            Progress progress = quiet ? null : new Progress(err, Terminal.interactive());
            Iterator<G> inOrder = golds.iterator();
            ParallelAnalysis parallel = new ParallelAnalysis(analyzer, threads, progress, err, new ParallelAnalysis.Consumer() {
                @Override
                public void accept(String input, Document document, Analysis analysis) {
                    add(inOrder.next(), analysis);
                }

                @Override
                public void failed(String input, Document document, Throwable cause) { // scored as finding nothing
                    add(inOrder.next(), new Analysis(document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
                }
            });
            for (G g : golds) {
                Document document = document(g);
                parallel.submit(document.id(), document);
            }
            int failures = parallel.finish();
            if (progress != null) {
                progress.finish();
            }
            for (Object error : errors()) {
                errorsOut.write(JSON.writeValueAsString(error));
                errorsOut.write('\n');
            }
            boolean closed = close(err);
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
            out.print(format == Format.json ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report()) + "\n"
                    : textReport());
            out.flush();
            return failures == 0 && closed ? 0 : 1;
        } catch (IOException e) {
            err.println("claimgraph: cannot write the errors file " + errorsFile + ": " + reason(e));
            return 1;
        }
    }

    /** Why a file could not be written, in a few words. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
