package org.claimgraph.model;

import java.util.Objects;

/** The words that report speech or thought ("said", "according to", "denied"), with their lemma. */
public record Cue(Span span, String lemma) {
    public Cue {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(lemma, "lemma");
    }
}
