package org.claimgraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes what a store holds in the formats other tools read: the analyses as JSON Lines, every
 * table as Parquet, the events as a GDELT 2.0 event table, the actor network as GraphML.
 * {@code docs/exports.md} describes each layout.
 *
 * <p>Each export reads one snapshot of the store (one read transaction; REPEATABLE READ on
 * PostgreSQL), streams rows instead of holding them, and writes a temporary {@code .part} file beside
 * its target that is moved into place only when complete, so a failed export leaves an earlier file
 * as it was. It uses the store's connection and, like the store, is not thread-safe.
 *
 * <pre>{@code
 * try (Store store = Store.open("claimgraph.duckdb")) {
 *     Exports exports = new Exports(store);
 *     exports.parquet(Path.of("corpus"));     // corpus/documents.parquet, corpus/events.parquet, …
 *     exports.gdelt(Path.of("events.tsv"));
 * }
 * }</pre>
 */
public final class Exports {

    /** The tables {@link #parquet} writes, one {@code <table>.parquet} file each, in this order. */
    public static final List<String> TABLES = List.of("documents", "actors", "statements", "events", "claims",
            "stances", "evidence", "ingest_log");

    /** What a GraphML export holds: actors as nodes, aggregated event and stance links as edges. */
    public record Graph(int nodes, int edges) {
    }

    /** Rows PostgreSQL sends at a time; without a fetch size its driver reads a whole result into the heap. */
    static final int FETCH = 1_000;

    private final Store store;

    public Exports(Store store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Writes every stored analysis, as {@code analyze --format jsonl} printed it, one per line in
     * ingest order (ingest time, then document id).
     *
     * @return how many analyses were written
     * @throws StoreException naming the store and the file when the export fails
     */
    public long jsonl(Path out) {
        Path file = requireFileTarget(out);
        return inSnapshot("export the analyses to " + file, connection -> replace(file, part -> {
            long count = 0;
            try (PreparedStatement p = connection.prepareStatement("SELECT analysis FROM documents ORDER BY ingested_at, id");
                 Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                p.setFetchSize(FETCH);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        w.write(r.getString(1)); // one line: the JSON writer escapes line breaks in strings
                        w.write('\n');
                        count++;
                    }
                }
            }
            return count;
        }));
    }

    /**
     * Writes every table of {@link #TABLES} as {@code folder/<table>.parquet}, ZSTD-compressed, with
     * the schema's column names and DuckDB's types on both backends; the folder is created when
     * missing. A PostgreSQL store is streamed through an in-memory DuckDB one table at a time, so
     * memory holds at most the largest table (compressed).
     *
     * @return the rows written per table, in the order of {@link #TABLES}
     * @throws StoreException naming the store, the table and the file when the export fails
     */
    public Map<String, Long> parquet(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure("create the folder " + dir, e);
        }
        return inSnapshot("export the tables as Parquet to " + dir, connection -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            if (store.isDuckDb()) {
                for (String table : TABLES) {
                    Path file = dir.resolve(table + ".parquet");
                    counts.put(table, inTable(table, file, () -> replace(file, part -> copyToParquet(connection, table, part))));
                }
                return counts;
            }
            try (Connection scratch = Backend.inMemoryDuckDb(); Statement s = scratch.createStatement()) {
                for (String sql : Store.duckDbSchema()) {
                    s.execute(sql);
                }
                for (String table : TABLES) {
                    Path file = dir.resolve(table + ".parquet");
                    counts.put(table, inTable(table, file, () -> {
                        long read = copyRows(connection, scratch, table);
                        long written = replace(file, part -> copyToParquet(scratch, table, part));
                        if (written != read) {
                            throw new IllegalStateException(table + ": read " + read + " rows from PostgreSQL but wrote "
                                    + written + " to " + file);
                        }
                        s.execute("DROP TABLE " + table); // free its memory before the next table
                        return written;
                    }));
                }
            }
            return counts;
        });
    }

    /**
     * Writes the events as a GDELT 2.0 event table: tab-separated, no header, the 61 columns in
     * GDELT's order, one row per event merged across articles. Only events stated as done
     * (ASSERTED or HISTORICAL) are written: GDELT codes what happened, so intended and negated
     * actions are not events there. {@code docs/exports.md} lists the columns filled and how.
     *
     * @return how many events were written
     * @throws StoreException naming the store and the file when the export fails
     */
    public long gdelt(Path out) {
        Path file = requireFileTarget(out);
        return inSnapshot("export the events as GDELT to " + file, connection -> replace(file, part -> {
            try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                return Gdelt.write(connection, w);
            }
        }));
    }

    /**
     * Writes the actor network as GraphML for Gephi, yEd or NetworkX: actors as nodes; events
     * (stated as done) as edges from source to target, one per pair with the number of reports and
     * their summed Goldstein values; stances as edges from the actor taking the stance to the
     * source of the claim, one per actor, claim and stance kind. Events without a target are left
     * out.
     *
     * @throws StoreException naming the store and the file when the export fails
     */
    public Graph graphml(Path out) {
        Path file = requireFileTarget(out);
        return inSnapshot("export the actor network as GraphML to " + file, connection -> replace(file, part -> {
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(part))) {
                return GraphMl.write(connection, o);
            }
        }));
    }

    // ---- Parquet ----------------------------------------------------------------------------------

    /** Copies a table of the DuckDB behind {@code duckdb} to a Parquet file; returns the rows copied. */
    private static long copyToParquet(Connection duckdb, String table, Path file) throws SQLException {
        try (Statement s = duckdb.createStatement()) {
            return s.executeUpdate("COPY (SELECT * FROM " + table + ") TO " + literal(file.toString())
                    + " (FORMAT PARQUET, COMPRESSION ZSTD)");
        }
    }

    /** A SQL string literal: DuckDB reads backslashes literally, so only quotes need doubling. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** The column types of the schema, as DuckDB names them, and how to read each from PostgreSQL. */
    private enum ColumnType {
        TEXT, INTEGER, DOUBLE, DATE, TIMESTAMP;

        static ColumnType of(String duckdbType, String table, String column) {
            return switch (duckdbType) {
                case "VARCHAR" -> TEXT;
                case "INTEGER" -> INTEGER;
                case "DOUBLE" -> DOUBLE;
                case "DATE" -> DATE;
                case "TIMESTAMP" -> TIMESTAMP;
                default -> throw new IllegalStateException(table + "." + column + " has type " + duckdbType
                        + ", which the Parquet export cannot copy yet; add it to Exports.ColumnType");
            };
        }

        Object read(ResultSet r, int column) throws SQLException {
            return switch (this) {
                case TEXT -> r.getString(column);
                case INTEGER -> {
                    int v = r.getInt(column);
                    yield r.wasNull() ? null : v;
                }
                case DOUBLE -> {
                    double v = r.getDouble(column);
                    yield r.wasNull() ? null : v;
                }
                case DATE -> r.getObject(column, LocalDate.class);
                case TIMESTAMP -> r.getObject(column, LocalDateTime.class);
            };
        }
    }

    /**
     * Streams a table from PostgreSQL into the same, empty table of a scratch DuckDB through the
     * Appender, column by column as the DuckDB table declares them; returns the rows copied.
     */
    private static long copyRows(Connection postgres, Connection duckdb, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        try (PreparedStatement p = duckdb.prepareStatement("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_name = ? ORDER BY ordinal_position")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                    types.add(ColumnType.of(r.getString(2), table, r.getString(1)));
                }
            }
        }
        ColumnType[] columns = types.toArray(ColumnType[]::new);
        Object[] values = new Object[columns.length];
        long rows = 0;
        try (PreparedStatement p = postgres.prepareStatement("SELECT " + String.join(", ", names) + " FROM " + table)) {
            p.setFetchSize(FETCH);
            try (ResultSet r = p.executeQuery(); Rows out = Rows.of(Backend.DUCKDB, duckdb)) {
                while (r.next()) {
                    for (int i = 0; i < columns.length; i++) {
                        values[i] = columns[i].read(r, i + 1);
                    }
                    out.add(table, values);
                    rows++;
                }
            }
        }
        return rows;
    }

    // ---- Transactions and files -------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, IOException;
    }

    @FunctionalInterface
    private interface SnapshotWork<T> {
        T run(Connection connection) throws SQLException, IOException;
    }

    @FunctionalInterface
    private interface FileWork<T> {
        T write(Path part) throws SQLException, IOException;
    }

    /** Runs {@code work} in one read transaction, so every query of an export sees the same data. */
    private <T> T inSnapshot(String what, SnapshotWork<T> work) {
        Connection c = store.connection();
        try {
            int isolation = store.isDuckDb() ? Connection.TRANSACTION_NONE : c.getTransactionIsolation();
            c.setAutoCommit(false);
            try {
                if (!store.isDuckDb()) {
                    // Also lets PostgreSQL stream with a fetch size, which it does only inside a transaction.
                    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
                if (!store.isDuckDb()) {
                    c.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException | IOException e) {
            throw failure(what, e);
        }
    }

    /** Runs the export of one table, naming the table and its file when it fails. */
    private <T> T inTable(String table, Path file, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException | IOException e) {
            throw failure("export the table " + table + " to " + file, e);
        }
    }

    /**
     * Writes {@code out} through a temporary file beside it, moved over {@code out} only when
     * {@code work} completes; the temporary file is removed whatever happens.
     */
    private static <T> T replace(Path out, FileWork<T> work) throws SQLException, IOException {
        Path part = out.resolveSibling("." + out.getFileName() + ".part");
        try {
            T result = work.write(part);
            try {
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The absolute file to write, checked before any work: its folder exists and it is no folder itself. */
    private static Path requireFileTarget(Path out) {
        Path file = out.toAbsolutePath().normalize();
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new StoreException(out + ": the folder " + file.getParent() + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new StoreException(out + ": is a folder; name a file to write");
        }
        return file;
    }

    private StoreException failure(String what, Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return new StoreException(store.name() + ": cannot " + what + ": no such file or folder: " + missing.getFile(), e);
        }
        if (e instanceof AccessDeniedException denied) {
            return new StoreException(store.name() + ": cannot " + what + ": permission denied: " + denied.getFile(), e);
        }
        return store.failure(what, e);
    }
}
