package org.claimgraph.microbench;

import org.claimgraph.store.Ingested;
import org.claimgraph.store.Store;
import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

/**
 * Store writes: {@link Store#write} of one example article's whole {@code Analysis} (document,
 * actors, mentions, times, statements, events, claims) into a new, empty DuckDB store in a
 * temporary folder, as {@code claimgraph ingest} writes a batch of one: one transaction, through
 * DuckDB's appenders. Opening the store and deleting it are not timed ({@link FreshStore}).
 */
public class StoreWriteBenchmark extends StageBenchmark {

    /** @return how many documents were added: 1, or the benchmark fails */
    @Benchmark
    public int write(AnalysedArticle a, FreshStore fresh) {
        int added = fresh.store.write(List.of(new Ingested("examples/" + a.article + ".txt", a.analysis)));
        if (added != 1) {
            // Store.write records a failed document in the ingest log instead of throwing.
            throw new IllegalStateException(a.article + ": the store added " + added + " documents, expected 1");
        }
        return added;
    }
}
