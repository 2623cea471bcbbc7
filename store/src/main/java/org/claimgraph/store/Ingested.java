package org.claimgraph.store;

import org.claimgraph.model.Analysis;

import java.util.Objects;

/**
 * One analysed document on its way into the store.
 *
 * @param input where it was read from: a path, {@code path:LINE}, a WARC record
 */
public record Ingested(String input, Analysis analysis) {
    public Ingested {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(analysis, "analysis");
    }
}
