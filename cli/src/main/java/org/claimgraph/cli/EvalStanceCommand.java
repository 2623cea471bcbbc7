package org.claimgraph.cli;

import org.claimgraph.eval.Csv;
import org.claimgraph.eval.EmergentCorpus;
import org.claimgraph.eval.EmergentHeadline;
import org.claimgraph.eval.GoldDataException;
import org.claimgraph.eval.HeadlineStance;
import org.claimgraph.eval.HeadlineStanceClassifier;
import org.claimgraph.eval.StanceEvaluation;
import org.claimgraph.eval.StanceMiss;
import org.claimgraph.extract.Analyzer;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** {@code claimgraph eval stance}: the stance of news headlines toward a claim, on Emergent. */
@Command(name = "stance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Classifies each article headline's stance toward its claim - for (states it), against "
                + "(denies or debunks it) or observing (reports it without taking a side) - and scores it against "
                + "the gold stance: accuracy, the majority-class baseline, precision, recall and F1 per class, "
                + "macro-F1, the confusion matrix, and how often each classifier rule was right.",
                "The classifier reads the analysis of the headline as a document of its own (statements and "
                        + "their cues' stance, claims, negated events) and the words of eval's stance-words.tsv "
                        + "(debunking words, hedges, negations, second-hand sources). Rules, no training.",
                "FILE is Emergent CSV with a header naming at least claimHeadline, articleHeadline, "
                        + "articleHeadlineStance (for, against or observing) and articleId. A malformed row is "
                        + "one line on stderr naming the file and line, and is skipped."},
        footer = {"", "Predictions (--predictions): CSV with a header, one row per headline scored:",
                "  articleId,predicted",
                "", "Errors (--errors): one JSON object a line, a headline predicted wrong:",
                "  {\"line\",\"articleId\",\"gold\",\"predicted\",\"rule\",\"evidence\",\"claim\",\"headline\"}",
                "", "Examples:",
                "  claimgraph eval stance --gold ../shared/eval/stance/emergent-train.csv \\",
                "      --predictions stance.csv",
                "  claimgraph eval stance --gold ../shared/eval/stance/emergent-train.csv \\",
                "      --format json --errors wrong.jsonl",
                "", "Exit status: 0; 1 when the gold file cannot be read, an output file cannot be written or an "
                + "analysis failed; 2 on a usage error. Malformed rows alone do not change it."})
final class EvalStanceCommand extends GoldEvaluationCommand<EmergentHeadline> {

    /** Malformed rows reported one per line; beyond this many, one line counts the rest. */
    static final int MAX_PROBLEMS = 100;

    private record Prediction(String articleId, HeadlineStance stance) {
    }

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Write each headline's predicted stance to FILE as CSV: articleId,predicted.")
    Path predictionsFile;

    private final StanceEvaluation evaluation = new StanceEvaluation();
    private final List<Prediction> predictions = new ArrayList<>();
    private HeadlineStanceClassifier classifier;

    EvalStanceCommand(Supplier<Analyzer> analyzers) {
        super(analyzers);
    }

    @Override
    List<EmergentHeadline> read(Path file, int limit) throws GoldDataException {
        EmergentCorpus.Contents contents = EmergentCorpus.read(file, limit);
        PrintStream err = System.err;
        List<String> problems = contents.problems();
        for (int i = 0; i < Math.min(problems.size(), MAX_PROBLEMS); i++) {
            err.println("claimgraph: " + problems.get(i) + "; row skipped");
        }
        if (problems.size() > MAX_PROBLEMS) {
            err.println("claimgraph: " + file + ": " + (problems.size() - MAX_PROBLEMS) + " more malformed rows skipped");
        }
        return contents.headlines();
    }

    @Override
    boolean open(PrintStream err) {
        classifier = HeadlineStanceClassifier.load();
        if (predictionsFile != null) {
            try (Writer probe = Files.newBufferedWriter(predictionsFile, StandardCharsets.UTF_8)) {
                probe.flush(); // created now, so that a bad path fails before the models load
            } catch (IOException e) {
                err.println("claimgraph: cannot write the predictions file " + predictionsFile + ": " + reason(e));
                return false;
            }
        }
        return true;
    }

    @Override
    Document document(EmergentHeadline gold) {
        return gold.document();
    }

    @Override
    void add(EmergentHeadline gold, Analysis analysis) {
        HeadlineStanceClassifier.Decision decision = classifier.classify(gold.claimHeadline(), analysis);
        evaluation.add(gold, decision);
        predictions.add(new Prediction(gold.articleId(), decision.stance()));
    }

    @Override
    boolean close(PrintStream err) {
        if (predictionsFile == null) {
            return true;
        }
        try (Writer out = Files.newBufferedWriter(predictionsFile, StandardCharsets.UTF_8)) {
            out.write("articleId,predicted\n");
            for (Prediction p : predictions) {
                out.write(Csv.record(p.articleId(), p.stance().label()));
                out.write('\n');
            }
            return true;
        } catch (IOException e) {
            err.println("claimgraph: cannot write the predictions file " + predictionsFile + ": " + reason(e));
            return false;
        }
    }

    @Override
    List<StanceMiss> errors() {
        return evaluation.misses();
    }

    @Override
    Object report() {
        return evaluation.report();
    }

    @Override
    String textReport() {
        return StanceTable.render(evaluation.report(), gold.getFileName().toString());
    }
}
