package org.claimgraph.cli;

import org.claimgraph.eval.ActorEvaluation;
import org.claimgraph.eval.ActorMiss;
import org.claimgraph.eval.PloverRecord;
import org.claimgraph.extract.Analyzer;
import org.claimgraph.model.Analysis;
import picocli.CommandLine.Command;

import java.util.List;
import java.util.function.Supplier;

/** {@code claimgraph eval actors}: actor countries and sectors on the PLOVER gold records. */
@Command(name = "actors", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores actors against the PLOVER gold records' source and target actors: the share found "
                + "with the right country (an actor with the gold country, or for IGO/NGO codes an organisation "
                + "code or sector starting with it, mentioned at the gold actor's words; or a place of the gold "
                + "country there, as CAMEO codes where an event happens as its actor when no one is named, while "
                + "claimgraph keeps 'arrived in Amman' a place: the report says how many), and the share of gold "
                + "actors with a sector found with the right country and sector, twice: strict (the whole gold "
                + "sector) and primary (its first three-letter block: CAMEO builds codes from blocks, and a gold "
                + "sector such as CVLalb, Albanian civilians, is a role plus a group that claimgraph does not code; "
                + "its primary sector is CVL). Gold sector names read as ours where they differ: PLOVER's MED "
                + "(medical) is HLH, its JRN (journalists) is MED (news media, as in PRKMED), CIV is CVL; the "
                + "placeholder *** counts as no sector. For an organisation the gold sector is the role inside it "
                + "(the Security Council IGO GOV, U.N. peacekeepers IGO MIL, the U.N. refugee agency IGO REF): "
                + "claimgraph gives an intergovernmental organ or its people that role as sector and the "
                + "organisation's code with the role as code (IGOUNOGOV, IGOUNOMIL), the organisation as a whole "
                + "sector IGO (IGOUNO).",
                "FILE is a JSON array of {\"id\",\"date\",\"text\",\"source\":[{\"actorText\",\"code\",\"sector\"}],"
                        + "\"target\":[...]}; records without text are skipped."},
        footer = {"", "Errors (--errors): one JSON object a line, a gold actor missed:",
                "  {\"record\",\"actor\":{\"actorText\",\"code\",\"sector\"},\"kind\":\"COUNTRY|SECTOR\","
                        + "\"found\":\"what the analysis had at the actor's words\",\"text\"}",
                "", "Examples:",
                "  claimgraph eval actors --gold ../shared/eval/events/plover-gsr-cameo.json",
                "  claimgraph eval actors --gold ../shared/eval/events/plover-gsr-cameo.json --errors misses.jsonl",
                "  claimgraph eval actors --gold ../shared/eval/events/plover-gsr-cameo.json --format json",
                "", "Exit status: 0; 1 when the gold file cannot be read, the errors file cannot be written or an "
                + "analysis failed; 2 on a usage error."})
final class EvalActorsCommand extends PloverEvaluationCommand {

    private final ActorEvaluation evaluation = new ActorEvaluation();

    EvalActorsCommand(Supplier<Analyzer> analyzers) {
        super(analyzers);
    }

    @Override
    void add(PloverRecord gold, Analysis analysis) {
        evaluation.add(gold, analysis);
    }

    @Override
    List<ActorMiss> errors() {
        return evaluation.misses();
    }

    @Override
    Object report() {
        return evaluation.report();
    }

    @Override
    String textReport() {
        return ActorTable.render(evaluation.report(), gold.getFileName().toString());
    }
}
