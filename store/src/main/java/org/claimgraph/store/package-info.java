/**
 * Keeps analyses in DuckDB or PostgreSQL behind one versioned schema, merges actors, claims and
 * events across articles by key, and answers queries. Start from {@link org.claimgraph.store.Store}
 * (open, write), {@link org.claimgraph.store.Queries} (read) and {@link org.claimgraph.store.Exports}
 * (JSON Lines, Parquet, GDELT, GraphML; described in {@code docs/exports.md}).
 */
package org.claimgraph.store;
