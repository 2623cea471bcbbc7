package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimgraph.store.Queries;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code claimgraph stats}: how much the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Counts what the store holds: documents, actors, statements, events, claims, stances "
                + "and failed inputs (the ingest log).",
        footer = {"", "Examples:", "  claimgraph stats", "  claimgraph stats --db corpus.duckdb --format json"})
final class StatsCommand extends StoreCommand {

    @Override
    int answer(Queries queries, PrintWriter out) throws JsonProcessingException {
        Queries.Stats s = queries.stats();
        Table table = new Table("RECORD", "COUNT")
                .row("documents", s.documents()).row("actors", s.actors()).row("statements", s.statements())
                .row("events", s.events()).row("claims", s.claims()).row("stances", s.stances())
                .row("failures", s.failures());
        print(out, table, s);
        return 0;
    }
}
