package org.claimgraph.cli;

import org.claimgraph.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option of every command that uses the store. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "STORE",
            description = "The store: a DuckDB file (`ingest` creates it), or postgresql://user:password@host:port/"
                    + "database. Default: $CLAIMGRAPH_DB, else ./claimgraph.duckdb.")
    String db;

    /** The store named by {@code --db}, else the default one. */
    String location() {
        return db == null ? Store.defaultLocation() : db;
    }
}
