package org.claimgraph.model;

import java.util.Objects;

/**
 * A time expression of the text and its ISO value resolved against the publication date
 * ({@code 2023-10-20}, {@code 2023-W41}, {@code 2023-09}); {@code value} is null when it could not
 * be resolved.
 */
public record TimeRef(Span span, String value, Granularity granularity) {
    public TimeRef {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(granularity, "granularity");
    }
}
