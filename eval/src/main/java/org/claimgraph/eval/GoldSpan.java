package org.claimgraph.eval;

import org.claimgraph.model.Span;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A gold-standard span: its covering span, and the pieces of a discontinuous one.
 *
 * @param cover     from the first character of the first piece to the end of the last
 * @param fragments the pieces, in text order; empty for a continuous span
 */
public record GoldSpan(Span cover, List<Span> fragments) {

    public GoldSpan {
        Objects.requireNonNull(cover, "cover");
        fragments = List.copyOf(fragments);
        for (Span fragment : fragments) {
            if (!cover.contains(fragment)) {
                throw new IllegalArgumentException("fragment " + fragment + " lies outside its covering span " + cover);
            }
        }
    }

    /** A continuous span. */
    public static GoldSpan of(Span span) {
        return new GoldSpan(span, List.of());
    }

    public boolean discontinuous() {
        return !fragments.isEmpty();
    }

    /** The pieces' texts joined by one space; the covering text for a continuous span. */
    public String fragmentText() {
        return discontinuous() ? fragments.stream().map(Span::text).collect(Collectors.joining(" ")) : cover.text();
    }
}
