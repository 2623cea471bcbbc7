package org.claimgraph.cli;

import org.claimgraph.eval.GoldDataException;
import org.claimgraph.eval.PloverCorpus;
import org.claimgraph.eval.PloverRecord;
import org.claimgraph.extract.Analyzer;
import org.claimgraph.model.Document;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The steps every evaluation on the PLOVER gold records shares: reading them, one document each. */
abstract class PloverEvaluationCommand extends GoldEvaluationCommand<PloverRecord> {

    PloverEvaluationCommand(Supplier<Analyzer> analyzers) {
        super(analyzers);
    }

    @Override
    final List<PloverRecord> read(Path file, int limit) throws GoldDataException {
        return PloverCorpus.read(file, limit);
    }

    @Override
    final Document document(PloverRecord gold) {
        return gold.document();
    }
}
