package org.claimgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code claimgraph} command and its subcommands. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, version = "claimgraph 0.1.0",
        description = "Reads news and reconstructs who said what, who did what to whom, and who stands where.",
        subcommands = {AnalyzeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  claimgraph analyze examples/harbour-dispute.txt --date 2025-03-08"})
public final class Claimgraph {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; never throws, never exits. */
    public static int run(String... args) {
        return new CommandLine(new Claimgraph()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
