package org.claimgraph.store;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuckDbStoreTest extends StoreContract {

    @TempDir
    Path folder;
    private int stores;

    @Override
    String newLocation() {
        return folder.resolve("store" + (++stores) + ".duckdb").toString();
    }

    /** The export contract on DuckDB stores of this class. */
    @Nested
    class Exporting extends ExportContract {
        @Override
        String newLocation() {
            return DuckDbStoreTest.this.newLocation();
        }
    }

    @Test
    void duckDbStoresHaveNoIndexesToGrow() throws Exception {
        try (Store store = Store.open(newLocation()); Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM duckdb_indexes()")) {
            r.next();
            assertThat(store.schemaVersion()).isEqualTo(2);
            assertThat(r.getLong(1)).as("the PostgreSQL-only migration is counted, not run").isZero();
        }
    }

    @Test
    void aStoreInAMissingFolderIsAClearError() {
        String location = folder.resolve("no/such/folder/x.duckdb").toString();
        assertThatThrownBy(() -> Store.open(location)).isInstanceOf(StoreException.class)
                .hasMessageContaining(location).hasMessageContaining("does not exist");
    }

    @Test
    void aFileThatIsNotADatabaseIsAClearError() throws Exception {
        Path notADatabase = Files.writeString(folder.resolve("notes.duckdb"), "just some text, not a database\n");
        assertThatThrownBy(() -> Store.open(notADatabase.toString())).isInstanceOf(StoreException.class)
                .hasMessageStartingWith(notADatabase + ": cannot open the store");
    }

    @Test
    void theStoreIsOneFile() throws Exception {
        String location = newLocation();
        try (Store store = Store.open(location)) {
            assertThat(store.isDuckDb()).isTrue();
        }
        assertThat(Path.of(location)).isRegularFile();
    }
}
