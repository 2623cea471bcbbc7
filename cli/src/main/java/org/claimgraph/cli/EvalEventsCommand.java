package org.claimgraph.cli;

import org.claimgraph.eval.EventEvaluation;
import org.claimgraph.eval.PloverRecord;
import org.claimgraph.extract.Analyzer;
import org.claimgraph.model.Analysis;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.function.Supplier;

/** {@code claimgraph eval events}: event types on the PLOVER gold sentences. */
@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores event types against the PLOVER gold records: the share of sentences whose gold "
                + "type is among the PLOVER types of the analysis's events and claims, the share of emitted "
                + "events and claims that have their sentence's gold type, and the share found per type. "
                + "The gold's PLOVER 0.5 names DEMAND, DISAPPROVE, INVESTIGATE and FIGHT are read as REQUEST, "
                + "ACCUSE, ACCUSE and ASSAULT, the names of the CAMEO table we use.",
                "FILE is a JSON array of {\"id\",\"date\",\"text\",\"event\",…}; records without text are skipped."},
        footer = {"", "Examples:",
                "  claimgraph eval events --gold ../shared/eval/events/plover-gsr-cameo.json",
                "  claimgraph eval events --gold ../shared/eval/events/plover-gsr-cameo.json --format json",
                "", "Exit status: 0; 1 when the gold file cannot be read or an analysis failed; 2 on a usage error."})
final class EvalEventsCommand extends PloverEvaluationCommand {

    private final EventEvaluation evaluation = new EventEvaluation();

    EvalEventsCommand(Supplier<Analyzer> analyzers) {
        super(analyzers);
    }

    @Override
    void add(PloverRecord gold, Analysis analysis) {
        evaluation.add(gold, analysis);
    }

    @Override
    List<?> errors() {
        return evaluation.misses();
    }

    @Override
    Object report() {
        return evaluation.report();
    }

    @Override
    String textReport() {
        return EventTable.render(evaluation.report(), gold.getFileName().toString());
    }
}
