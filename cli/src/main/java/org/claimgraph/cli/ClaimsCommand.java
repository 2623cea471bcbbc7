package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimgraph.store.Queries;
import org.claimgraph.store.Queries.ClaimSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** {@code claimgraph claims}: disputed propositions, merged across articles, with who stands where. */
@Command(name = "claims", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists claims merged across articles, the most widely reported first, with each actor's "
                + "stances (ASSERT, DENY, DISMISS, QUESTION, REFUSE, CONFIRM).",
        footer = {"", "Examples:", "  claimgraph claims --about \"North Korea\"",
                "  claimgraph claims --actor RUSGOV --since 2023-10-01 --format json"})
final class ClaimsCommand extends StoreCommand {

    @Option(names = "--about", paramLabel = "TEXT",
            description = "Only claims whose wording, source or target contains TEXT (case-insensitive).")
    String about;

    @Option(names = "--actor", paramLabel = "NAME|CODE",
            description = "Only claims where this actor is the source, the target or takes a stance: "
                    + "a name or part of one, a CAMEO-style code (RUSGOV) or an actor id.")
    String actor;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only claims with a stance on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only claims with a stance on or before this day.")
    LocalDate until;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N claims. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    int answer(Queries queries, PrintWriter out) throws JsonProcessingException {
        List<ClaimSummary> claims = queries.claims(new Queries.ClaimFilter(about, actor, since, until, limit));
        Table table = new Table("ID", "CLAIM", "SOURCE", "CAMEO", "TARGET", "ARTICLES", "FIRST", "LAST", "STANCES");
        for (ClaimSummary c : claims) {
            table.row(c.id(), c.text(), actor(c.source()), c.cameo(), actor(c.target()), c.documents(), c.first(),
                    c.last(), stances(c));
        }
        print(out, table, claims);
        return 0;
    }

    /** "Mira Oran ASSERT, Northland DENY ×2". */
    static String stances(ClaimSummary c) {
        return c.stances().stream()
                .map(s -> (s.actor().name() == null ? s.actor().id() : s.actor().name()) + " " + s.kind()
                        + (s.count() > 1 ? " ×" + s.count() : ""))
                .collect(Collectors.joining(", "));
    }
}
