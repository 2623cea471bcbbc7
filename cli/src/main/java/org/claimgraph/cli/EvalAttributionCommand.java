package org.claimgraph.cli;

import org.claimgraph.eval.AttributionEvaluation;
import org.claimgraph.eval.GoldArticle;
import org.claimgraph.eval.GoldDataException;
import org.claimgraph.eval.Mismatch;
import org.claimgraph.eval.PolnearCorpus;
import org.claimgraph.extract.Analyzer;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** {@code claimgraph eval attribution}: source, cue and content P/R/F1 on a PolNeAR file. */
@Command(name = "attribution", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores who said what against PolNeAR's attributions: precision, recall and F1 of sources, "
                + "cues and contents, under exact matching (the same words, ignoring quotation marks, end "
                + "punctuation and a leading \"that\") and overlap matching (character Jaccard >= 0.5), each gold "
                + "and predicted span matched at most once; and of whole attributions (one statement overlapping "
                + "both the cue and the content); then the same overlap figures for each annotator's documents. "
                + "Statements nested inside another's content are left out, since PolNeAR never nests attributions.",
                "FILE is PolNeAR JSON Lines: {\"id\",\"annotator\",\"publication_date\",\"text\",\"attributions\":[...]} "
                        + "a line (\"annotator\" optional)."},
        footer = {"", "Errors (--errors): one JSON object a line, a miss (gold span not matched) or a false alarm "
                + "(prediction not matched):",
                "  {\"document\",\"role\":\"SOURCE|CUE|CONTENT|ATTRIBUTION\",\"matching\":\"EXACT|OVERLAP\","
                        + "\"kind\":\"MISS|FALSE_ALARM\",\"span\":{\"start\",\"end\",\"text\"},\"cue\",\"context\"}",
                "", "Examples:",
                "  claimgraph eval attribution --gold ../shared/eval/polnear/dev.jsonl",
                "  claimgraph eval attribution --gold ../shared/eval/polnear/dev.jsonl --limit 10 --errors e.jsonl",
                "  claimgraph eval attribution --gold ../shared/eval/polnear/dev.jsonl --format json",
                "", "Exit status: 0; 1 when the gold file cannot be read, the errors file cannot be written or an "
                + "analysis failed; 2 on a usage error."})
final class EvalAttributionCommand extends GoldEvaluationCommand<GoldArticle> {

    private final AttributionEvaluation evaluation = new AttributionEvaluation();

    EvalAttributionCommand(Supplier<Analyzer> analyzers) {
        super(analyzers);
    }

    @Override
    List<GoldArticle> read(Path file, int limit) throws GoldDataException {
        return PolnearCorpus.read(file, limit);
    }

    @Override
    Document document(GoldArticle gold) {
        return gold.document();
    }

    @Override
    void add(GoldArticle gold, Analysis analysis) {
        evaluation.add(gold, analysis);
    }

    @Override
    List<Mismatch> errors() {
        return evaluation.mismatches();
    }

    @Override
    Object report() {
        return evaluation.report();
    }

    @Override
    String textReport() {
        return AttributionTable.render(evaluation.report(), gold.getFileName().toString());
    }
}
