package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimgraph.store.Queries;
import org.claimgraph.store.Queries.StatementEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code claimgraph statements}: who said what, across the corpus. */
@Command(name = "statements", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists statements (speaker, cue, content) in date order, optionally by one speaker.",
        footer = {"", "Examples:", "  claimgraph statements --speaker Lavrov",
                "  claimgraph statements --speaker USAGOV --format json"})
final class StatementsCommand extends StoreCommand {

    @Option(names = "--speaker", paramLabel = "NAME|CODE",
            description = "Only statements by this actor: a name or part of one, a code (RUSGOV) or an actor id.")
    String speaker;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N statements. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    int answer(Queries queries, PrintWriter out) throws JsonProcessingException {
        List<StatementEntry> statements = queries.statements(speaker, limit);
        Table table = new Table("DAY", "SPEAKER", "CUE", "FORM", "CONTENT", "DOCUMENT");
        for (StatementEntry s : statements) {
            table.row(s.day(), actor(s.speaker()), s.cue(), s.form(), s.content(), s.document());
        }
        print(out, table, statements);
        return 0;
    }
}
