package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.claimgraph.store.Queries;
import org.claimgraph.store.Queries.EventSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** {@code claimgraph events}: who did what to whom, as the articles themselves state it. */
@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists events (CAMEO-coded, with Goldstein values) in date order; an event reported by "
                + "several articles is one line with its number of reports. Claims are never listed here.",
        footer = {"", "Examples:", "  claimgraph events --actor Russia --code 19",
                "  claimgraph events --since 2023-10-01 --until 2023-10-31 --format csv"})
final class EventsCommand extends StoreCommand {

    @Option(names = "--actor", paramLabel = "NAME|CODE", description = "Only events with this actor as source or target.")
    String actor;

    @Option(names = "--code", paramLabel = "PREFIX", description = "Only events whose CAMEO code starts with PREFIX (19, 072).")
    String code;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only events on or after this day.")
    LocalDate since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Only events on or before this day.")
    LocalDate until;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N events. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    int answer(Queries queries, PrintWriter out) throws JsonProcessingException {
        List<EventSummary> events = queries.events(new Queries.EventFilter(actor, code, since, until, limit));
        Table table = new Table("DAY", "SOURCE", "CAMEO", "PLOVER", "TARGET", "MODALITY", "GOLDSTEIN", "REPORTS",
                "TRIGGER", "ID");
        for (EventSummary e : events) {
            table.row(e.day(), actor(e.source()), e.cameo(), e.plover(), actor(e.target()), e.modality(),
                    String.format(Locale.ROOT, "%.1f", e.goldstein()), e.reports(), e.trigger(), e.id());
        }
        print(out, table, events);
        return 0;
    }
}
