package org.claimgraph.model;

import java.util.Objects;

/** Words of the text that refer to an actor. */
public record Mention(String actor, Span span) {
    public Mention {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(span, "span");
    }
}
