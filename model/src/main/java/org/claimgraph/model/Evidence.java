package org.claimgraph.model;

import java.util.Objects;

/**
 * Support offered for a claim: "released images that it said showed …".
 *
 * @param by   actor id of who offers it
 * @param span the words that describe it
 */
public record Evidence(EvidenceKind kind, String by, Span span) {
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(span, "span");
    }
}
