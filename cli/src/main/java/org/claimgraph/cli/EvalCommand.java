package org.claimgraph.cli;

import picocli.CommandLine.Command;

/** {@code claimgraph eval}: the parent of the commands that score claimgraph against human-labelled gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores claimgraph against human-labelled gold data (see ../shared/eval/README.md).",
                "attribution: who said what, on PolNeAR; actors: actor countries and sectors, on the PLOVER records; "
                        + "events: event types, on the PLOVER records; stance: headline stance toward a claim, on "
                        + "Emergent."},
        subcommands = {EvalAttributionCommand.class, EvalActorsCommand.class, EvalEventsCommand.class,
                EvalStanceCommand.class},
        footer = {"", "Examples:",
                "  claimgraph eval attribution --gold ../shared/eval/polnear/dev.jsonl",
                "  claimgraph eval actors --gold ../shared/eval/events/plover-gsr-cameo.json --errors misses.jsonl",
                "  claimgraph eval stance --gold ../shared/eval/stance/emergent-train.csv --predictions stance.csv",
                "  claimgraph eval attribution --help"})
final class EvalCommand {
}
