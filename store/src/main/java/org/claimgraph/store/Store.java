package org.claimgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A corpus of analyses in DuckDB (a file, the default) or PostgreSQL, behind the same tables.
 *
 * <p>Documents are keyed by the hash of their text, so writing the same article twice changes
 * nothing. Each {@link #write} is one transaction: a process killed at any moment leaves every
 * batch either whole or absent, and the next run writes what is missing. The schema is versioned;
 * opening a store applies the migrations it lacks.
 *
 * <p>Not thread-safe: one thread writes and queries; DuckDB also allows one process per file.
 *
 * <pre>{@code
 * try (Store store = Store.open("claimgraph.duckdb")) {
 *     store.write(List.of(new Ingested("article.txt", analysis)));
 *     Stats stats = new Queries(store).stats();
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {

    /** Where a store is when none is named: {@code $CLAIMGRAPH_DB}, else {@code ./claimgraph.duckdb}. */
    public static String defaultLocation() {
        String env = System.getenv("CLAIMGRAPH_DB");
        return env == null || env.isBlank() ? "claimgraph.duckdb" : env;
    }

    /** A schema migration: its SQL file, and the backends that run it (the others only count it). */
    private record Migration(String file, Set<Backend> backends) {
    }

    /** Schema migrations, applied in order; the schema version is the number of those applied. */
    private static final List<Migration> MIGRATIONS = List.of(
            new Migration("001-tables.sql", EnumSet.allOf(Backend.class)),
            // DuckDB scans the key columns fast enough; its indexes made a store a third larger.
            new Migration("002-indexes.sql", EnumSet.of(Backend.POSTGRESQL)));

    private final String location;
    private final Backend backend;
    private final Connection connection;

    private Store(String location, Backend backend, Connection connection) {
        this.location = location;
        this.backend = backend;
        this.connection = connection;
    }

    /**
     * Opens (creating when needed) the store at {@code location}: a DuckDB file path, or
     * {@code postgresql://user:password@host:port/database}.
     *
     * @throws StoreException naming the store when it cannot be opened or migrated
     */
    public static Store open(String location) {
        Backend backend = Backend.of(location);
        Connection connection;
        try {
            connection = backend.connect(location);
        } catch (SQLException e) {
            throw new StoreException(Backend.display(location) + ": cannot open the store: " + reason(e), e);
        }
        Store store = new Store(location, backend, connection);
        try {
            store.migrate();
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw new StoreException(store.name() + ": cannot set up the tables: " + reason(e), e);
        }
        return store;
    }

    /**
     * Opens a store that must already exist, for commands that only read: a DuckDB file that is not
     * there is an error naming it (a mistyped path would otherwise become a new, empty store).
     *
     * @throws StoreException when the file is missing, or as {@link #open}
     */
    public static Store openExisting(String location) {
        if (Backend.of(location) == Backend.DUCKDB && !Files.isRegularFile(Path.of(location))) {
            throw new StoreException(location + ": no such store; create it with claimgraph ingest");
        }
        return open(location);
    }

    /** The location as it may be shown to a user (a PostgreSQL password masked). */
    public String name() {
        return Backend.display(location);
    }

    public boolean isDuckDb() {
        return backend == Backend.DUCKDB;
    }

    Connection connection() {
        return connection;
    }

    /** The schema version: how many migrations have been applied. */
    public int schemaVersion() {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    /** The ids of every stored document. */
    public Set<String> documentIds() {
        Set<String> ids = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM documents")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        } catch (SQLException e) {
            throw failure("read the document ids", e);
        }
        return ids;
    }

    /**
     * Writes a batch of analyses in one transaction, skipping documents already stored (and repeats
     * within the batch). When the batch cannot be written, each document is tried alone and each
     * one that still fails is recorded in the ingest log instead, so one bad document never loses
     * the others.
     *
     * @return how many documents were added
     */
    public int write(List<Ingested> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            return writeAtomically(batch);
        } catch (SQLException | RuntimeException batchFailure) {
            if (batch.size() == 1) {
                Ingested only = batch.get(0);
                logFailure(only.input(), only.analysis().document().id(), "cannot store the analysis: " + reason(batchFailure));
                return 0;
            }
            int written = 0;
            for (Ingested one : batch) {
                written += write(List.of(one));
            }
            return written;
        }
    }

    private int writeAtomically(List<Ingested> batch) throws SQLException {
        connection.setAutoCommit(false);
        try {
            Set<String> stored = storedAmong(batch); // also opens DuckDB's transaction before the appenders
            LocalDateTime now = LocalDateTime.now();
            int written = 0;
            try (Rows rows = Rows.of(backend, connection)) {
                for (Ingested item : batch) {
                    if (stored.add(item.analysis().document().id())) {
                        AnalysisRows.write(rows, item.input(), item.analysis(), now);
                        written++;
                    }
                }
            }
            connection.commit();
            return written;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Set<String> storedAmong(List<Ingested> batch) throws SQLException {
        Set<String> stored = new HashSet<>();
        String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
        try (PreparedStatement p = connection.prepareStatement("SELECT id FROM documents WHERE id IN (" + marks + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                p.setString(i + 1, batch.get(i).analysis().document().id());
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    stored.add(r.getString(1));
                }
            }
        }
        return stored;
    }

    /**
     * Records in the ingest log that an input, or one record of it, gave no stored document.
     *
     * @param documentId the document's id when it was read but not analysed or stored, else null
     */
    public void logFailure(String input, String documentId, String reason) {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO ingest_log VALUES (?, ?, ?, ?)")) {
            p.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            p.setString(2, input);
            p.setString(3, documentId);
            p.setString(4, reason);
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure("record the failure of " + input, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    StoreException failure(String what, Exception e) {
        return new StoreException(name() + ": cannot " + what + ": " + reason(e), e);
    }

    /** One line saying why a database call failed, short and safe to store. */
    static String reason(Throwable e) {
        if (e instanceof java.sql.BatchUpdateException batch && batch.getNextException() != null) {
            e = batch.getNextException(); // the batch's own message repeats the whole statement and its values
        }
        String message = e.getMessage() == null ? null : e.getMessage().replace('\u0000', ' ');
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        if (message.contains("Could not set lock on file") || message.contains("Conflicting lock")) {
            return "the file is in use by another process (DuckDB allows one at a time)";
        }
        String line = message.lines().findFirst().orElse(message).strip();
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    private void migrate() throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            if (!hasTable("schema_version")) {
                s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            }
            int version;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                r.next();
                version = r.getInt(1);
            }
            if (version > MIGRATIONS.size()) {
                throw new StoreException(name() + ": the store has schema version " + version
                        + ", newer than this claimgraph knows (" + MIGRATIONS.size() + "); use a newer claimgraph");
            }
            for (int v = version + 1; v <= MIGRATIONS.size(); v++) {
                Migration migration = MIGRATIONS.get(v - 1);
                if (migration.backends().contains(backend)) {
                    for (String statement : statements(migration.file())) {
                        s.execute(statement);
                    }
                }
                try (PreparedStatement p = connection.prepareStatement("INSERT INTO schema_version VALUES (?, ?)")) {
                    p.setInt(1, v);
                    p.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now()));
                    p.executeUpdate();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private boolean hasTable(String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet r = meta.getTables(null, null, table, new String[] {"TABLE", "BASE TABLE"})) {
            return r.next();
        }
    }

    /** Every statement of every DuckDB migration, in order: the current schema, for a scratch DuckDB to build. */
    static List<String> duckDbSchema() {
        return MIGRATIONS.stream().filter(m -> m.backends().contains(Backend.DUCKDB))
                .flatMap(m -> statements(m.file()).stream()).toList();
    }

    /** The SQL statements of a migration file: comments dropped, split at semicolons ending a line. */
    static List<String> statements(String resource) {
        try (InputStream in = Store.class.getResourceAsStream("schema/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("migration schema/" + resource + " is missing from the jar");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
            return java.util.Arrays.stream(sql.split(";\\s*(\\n|$)")).map(String::strip).filter(x -> !x.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration schema/" + resource, e);
        }
    }
}
