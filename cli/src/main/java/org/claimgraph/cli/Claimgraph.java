package org.claimgraph.cli;

import org.claimgraph.extract.Analyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.function.Supplier;

/** The {@code claimgraph} command and its subcommands. */
@Command(name = "claimgraph", mixinStandardHelpOptions = true, version = "claimgraph 0.1.0",
        description = "Reads news and reconstructs who said what, who did what to whom, and who stands where.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, StatsCommand.class, ClaimsCommand.class,
                ClaimCommand.class, EventsCommand.class, ActorsCommand.class, StatementsCommand.class, ExportCommand.class,
                EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  claimgraph analyze examples/mackerel-dispute.txt --date 2025-03-08",
                "  claimgraph ingest examples/ --date 2025-03-08 && claimgraph claims"})
public final class Claimgraph {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; never throws, never exits. */
    public static int run(String... args) {
        return run(Analyzer::load, args);
    }

    /**
     * Runs the command line with analyzers from {@code analyzers}, called only by commands that
     * analyse and at most once per command (tests pass one shared, already loaded analyzer).
     */
    public static int run(Supplier<Analyzer> analyzers, String... args) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                try { // the commands that analyse take the supplier in their constructor
                    return type.getDeclaredConstructor(Supplier.class).newInstance(analyzers);
                } catch (NoSuchMethodException e) {
                    return defaults.create(type);
                }
            }
        };
        return new CommandLine(new Claimgraph(), factory).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
