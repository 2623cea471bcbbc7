package org.claimgraph.eval;

import java.util.Objects;

/**
 * One gold attribution: who (source) is reported, by which words (cue), as saying or thinking what
 * (content). Any span may be null: PolNeAR leaves the source out of attributions without one.
 */
public record GoldAttribution(String id, GoldSpan source, GoldSpan cue, GoldSpan content) {

    public GoldAttribution {
        Objects.requireNonNull(id, "id");
    }

    /** The span of a span role; null when the attribution has none. */
    public GoldSpan span(Role role) {
        return switch (role) {
            case SOURCE -> source;
            case CUE -> cue;
            case CONTENT -> content;
            case ATTRIBUTION -> throw new IllegalArgumentException("an attribution has no single span");
        };
    }
}
