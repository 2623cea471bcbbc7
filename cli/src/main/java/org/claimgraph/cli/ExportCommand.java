package org.claimgraph.cli;

import org.claimgraph.store.Exports;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code claimgraph export}: the store in a format other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes what the store holds for other tools (docs/exports.md describes each layout):",
                "  jsonl    every analysis, one JSON object per line, as `analyze --format jsonl` prints it",
                "  parquet  every table as OUT/<table>.parquet, for DuckDB, Spark, pandas or Polars",
                "  gdelt    events stated as done, as GDELT 2.0's 61 tab-separated columns",
                "  graphml  the actor network for Gephi: actors as nodes, events and stances as edges",
                "A file is written whole or not at all: an earlier export survives a failed one."},
        footer = {"", "Examples:", "  claimgraph export --format parquet --out corpus/",
                "  claimgraph export --format graphml --out actors.graphml --db corpus.duckdb",
                "  claimgraph export --format gdelt --out events.tsv"})
final class ExportCommand implements Callable<Integer> {

    enum Format { jsonl, parquet, gdelt, graphml }

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "jsonl, parquet, gdelt or graphml.")
    Format format;

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "The file to write; for parquet, the folder (created when missing).")
    Path out;

    @Mixin
    StoreOption storeOption;

    @Override
    public Integer call() {
        try (Store store = Store.openExisting(storeOption.location())) {
            System.err.println("claimgraph: exporting " + store.name() + " as " + format + " to " + out + " …");
            Exports exports = new Exports(store);
            String written = switch (format) {
                case jsonl -> exports.jsonl(out) + " analyses";
                case parquet -> tables(exports.parquet(out));
                case gdelt -> exports.gdelt(out) + " events";
                case graphml -> {
                    Exports.Graph graph = exports.graphml(out);
                    yield graph.nodes() + " actors and " + graph.edges() + " links";
                }
            };
            System.err.println("claimgraph: wrote " + written + " to " + out);
            return 0;
        } catch (StoreException e) {
            System.err.println("claimgraph: " + e.getMessage());
            return 1;
        }
    }

    /** "8 tables (documents 3, actors 41, …)". */
    private static String tables(Map<String, Long> rows) {
        return rows.size() + " tables (" + rows.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")) + ")";
    }
}
