package org.claimgraph.cli;

import org.claimgraph.extract.Analyzer;
import org.claimgraph.nlp.Loading;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
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

    /** The subcommands that analyse text, and so load the models: those whose constructor takes the analyzers. */
    static final Set<String> ANALYSING = Set.of("analyze", "ingest", "eval", "bench");

    public static void main(String[] args) {
        System.exit(run(analyzersFor(args), args));
    }

    /**
     * The analyzers for a command line. For a command that analyses, the models start loading at
     * once, on a thread of their own, so that they load while picocli parses the arguments and
     * the command reads its input (most of a second of the cold start, on one core); for any
     * other command, only if asked for.
     */
    static Supplier<Analyzer> analyzersFor(String... args) {
        if (args.length == 0 || !ANALYSING.contains(args[0])) {
            return Analyzer::load;
        }
        CompletableFuture<Analyzer> loading = Loading.start("claimgraph-models", Analyzer::load);
        return () -> Loading.join(loading);
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
