package org.claimgraph.microbench;

import org.claimgraph.store.Ingested;
import org.claimgraph.store.Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Store writes: {@link Store#write} of one example article's whole {@code Analysis} (document,
 * actors, mentions, times, statements, events, claims) into a new, empty DuckDB store in a
 * temporary folder, as {@code claimgraph ingest} writes a batch of one: one transaction, through
 * DuckDB's appenders. Opening the store and deleting it are not timed ({@link FreshStore}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreWriteBenchmark {

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
