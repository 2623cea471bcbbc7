package org.claimgraph.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The two databases a store can live in, and how a location names them: a file path is a DuckDB
 * file (created when missing); {@code postgresql://user:password@host:port/database} is a
 * PostgreSQL server.
 */
enum Backend {
    DUCKDB, POSTGRESQL;

    static Backend of(String location) {
        return location.startsWith("postgresql://") || location.startsWith("postgres://")
                || location.startsWith("jdbc:postgresql:") ? POSTGRESQL : DUCKDB;
    }

    /** Opens a connection to the store at {@code location}, with autocommit on. */
    Connection connect(String location) throws SQLException {
        return switch (this) {
            case DUCKDB -> {
                Path file = Path.of(location).toAbsolutePath();
                if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
                    throw new StoreException(location + ": the folder " + file.getParent() + " does not exist");
                }
                yield offline(DriverManager.getConnection("jdbc:duckdb:" + file));
            }
            case POSTGRESQL -> {
                Properties properties = new Properties();
                String url = postgresUrl(location, properties);
                properties.setProperty("reWriteBatchedInserts", "true");
                yield DriverManager.getConnection(url, properties);
            }
        };
    }

    /** A new, empty DuckDB database in memory, gone when the connection closes: scratch space. */
    static Connection inMemoryDuckDb() throws SQLException {
        return offline(DriverManager.getConnection("jdbc:duckdb:"));
    }

    /** The DuckDB connection, told never to download extensions from the network on demand. */
    private static Connection offline(Connection duckdb) throws SQLException {
        try (Statement s = duckdb.createStatement()) {
            s.execute("SET autoinstall_known_extensions = false");
            s.execute("SET autoload_known_extensions = false");
        } catch (SQLException e) {
            duckdb.close();
            throw e;
        }
        return duckdb;
    }

    /** The JDBC URL of a {@code postgresql://} location; user and password go into the properties. */
    static String postgresUrl(String location, Properties properties) {
        if (location.startsWith("jdbc:")) {
            return location;
        }
        try {
            URI uri = new URI(location);
            if (uri.getHost() == null) {
                throw new StoreException(location + ": expected postgresql://user:password@host:port/database");
            }
            if (uri.getRawUserInfo() != null) {
                String[] user = uri.getRawUserInfo().split(":", 2);
                properties.setProperty("user", URLDecoder.decode(user[0], StandardCharsets.UTF_8));
                if (user.length == 2) {
                    properties.setProperty("password", URLDecoder.decode(user[1], StandardCharsets.UTF_8));
                }
            }
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return "jdbc:postgresql://" + uri.getHost() + port + (uri.getRawPath() == null ? "/" : uri.getRawPath()) + query;
        } catch (URISyntaxException e) {
            throw new StoreException(location + ": not a valid PostgreSQL address: " + e.getReason());
        }
    }

    /** The location as it may be shown: a PostgreSQL password is masked. */
    static String display(String location) {
        return location.replaceAll("(postgres(?:ql)?://[^:/@]+:)[^@]*@", "$1***@");
    }
}
