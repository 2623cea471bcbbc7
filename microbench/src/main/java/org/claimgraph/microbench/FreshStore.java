package org.claimgraph.microbench;

import org.claimgraph.store.Store;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A new, empty DuckDB store in a temporary folder for every call, its tables already created;
 * closed and deleted after the call. Untimed: opening a store and creating its tables is not a
 * write.
 */
@State(Scope.Thread)
public class FreshStore {

    Path directory;
    Store store;

    @Setup(Level.Invocation)
    public void open() throws IOException {
        directory = Files.createTempDirectory("claimgraph-microbench-");
        store = Store.open(directory.resolve("bench.duckdb").toString());
    }

    @TearDown(Level.Invocation)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(FreshStore::delete);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }
}
