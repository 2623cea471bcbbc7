package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimgraph.store.Queries;
import org.claimgraph.store.Queries.ActorSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/** {@code claimgraph actors}: every actor, merged across articles by its stable id. */
@Command(name = "actors", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists actors merged across articles by stable id (state:RUS, person:sergey-lavrov), "
                + "the most widely mentioned first.",
        footer = {"", "Examples:", "  claimgraph actors", "  claimgraph actors --country PRK --format csv"})
final class ActorsCommand extends StoreCommand {

    @Option(names = "--country", paramLabel = "ISO3", description = "Only actors of this country (ISO-3166 alpha-3: RUS, PRK).")
    String country;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N actors. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    int answer(Queries queries, PrintWriter out) throws JsonProcessingException {
        List<ActorSummary> actors = queries.actors(country, limit);
        Table table = new Table("ID", "NAME", "KIND", "CODE", "COUNTRY", "SECTOR", "ARTICLES", "MENTIONS");
        for (ActorSummary a : actors) {
            table.row(a.id(), a.name(), a.kind(), a.code(), a.country(), a.sector(), a.documents(), a.mentions());
        }
        print(out, table, actors);
        return 0;
    }
}
