package org.claimgraph.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimgraph.model.Analysis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract against a real PostgreSQL server, started from Maven Central's binaries. */
class PostgresStoreTest extends StoreContract {

    private static EmbeddedPostgres server;
    private static int databases;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** A fresh database on the server, addressed the way a user would type it. */
    @Override
    String newLocation() throws Exception {
        String name = "store" + (++databases);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return "postgresql://postgres:secret@localhost:" + server.getPort() + "/" + name;
    }

    /** The export contract on databases of this class's server, started once for both. */
    @Nested
    class Exporting extends ExportContract {
        @Override
        String newLocation() throws Exception {
            return PostgresStoreTest.this.newLocation();
        }
    }

    @Test
    void theKeysAreIndexedForLargeSharedStores() throws Exception {
        try (Store store = Store.open(newLocation()); Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")) {
            List<String> indexes = new ArrayList<>();
            while (r.next()) {
                indexes.add(r.getString(1));
            }
            assertThat(indexes).contains("claims_by_key", "stances_by_claim", "evidence_by_claim", "events_by_key",
                    "actors_by_id", "statements_by_speaker");
        }
    }

    @Test
    void theStoreNameHidesThePassword() throws Exception {
        try (Store store = Store.open(newLocation())) {
            assertThat(store.isDuckDb()).isFalse();
            assertThat(store.name()).startsWith("postgresql://postgres:***@localhost:").doesNotContain("secret");
        }
    }

    @Test
    void aDocumentTheServerRefusesIsLoggedAndTheBatchGoesOn() throws Exception {
        // PostgreSQL text cannot hold a NUL character; DuckDB can. The other two documents stay.
        Analysis refused = Analyses.empty("A note with a NUL \u0000 character in it.");
        try (Store store = Store.open(newLocation())) {
            int written = store.write(List.of(new Ingested("first.txt", Analyses.first()),
                    new Ingested("nul.txt", refused), new Ingested("second.txt", Analyses.second())));
            assertThat(written).isEqualTo(2);
            Queries q = new Queries(store);
            assertThat(q.stats().documents()).isEqualTo(2);
            assertThat(q.stats().failures()).isEqualTo(1);
            assertThat(q.query("read the log", "SELECT input, document_id, reason FROM ingest_log", List.of(),
                    r -> r.getString(1) + " " + r.getString(2) + " " + r.getString(3)))
                    .singleElement().asString().startsWith("nul.txt " + refused.document().id() + " cannot store the analysis");
        }
    }
}
