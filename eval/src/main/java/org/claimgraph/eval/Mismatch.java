package org.claimgraph.eval;

import org.claimgraph.model.Span;

import java.util.Objects;

/**
 * One error of an attribution evaluation: a gold span nothing predicted matched (a miss), or a
 * predicted span that matched nothing gold (a false alarm).
 *
 * @param document the gold document's id
 * @param role     the span's role; for {@link Role#ATTRIBUTION} the span is the cue (the content when
 *                 a gold attribution has no cue)
 * @param matching how spans were compared; always {@link Matching#OVERLAP} for {@link Role#ATTRIBUTION}
 * @param kind     miss or false alarm
 * @param span     the gold span (its covering span) or the predicted span
 * @param cue      the text of the cue of the attribution or statement the span belongs to, or null
 * @param context  the sentence around the span ({@link SentenceContext})
 */
public record Mismatch(String document, Role role, Matching matching, Kind kind, Span span, String cue,
                       String context) {

    /** Which side of the matching was left over. */
    public enum Kind {
        /** a gold span that no prediction matched */
        MISS,
        /** a prediction that matched no gold span */
        FALSE_ALARM
    }

    public Mismatch {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(matching, "matching");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(context, "context");
    }
}
