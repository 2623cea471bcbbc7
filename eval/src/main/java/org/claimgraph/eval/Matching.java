package org.claimgraph.eval;

import org.claimgraph.model.Span;

import java.util.Locale;

/** How a predicted span is compared with a gold span. */
public enum Matching {

    /**
     * The same words: the spans overlap and their {@linkplain SpanText normalised} texts are equal;
     * a discontinuous gold span also matches the normalised text of its pieces joined.
     */
    EXACT {
        @Override
        public double score(GoldSpan gold, Span predicted, Role role) {
            if (!gold.cover().overlaps(predicted)) {
                return NO_MATCH;
            }
            String p = SpanText.normalize(predicted.text(), role);
            boolean same = p.equals(SpanText.normalize(gold.cover().text(), role))
                    || gold.discontinuous() && p.equals(SpanText.normalize(gold.fragmentText(), role));
            return same ? jaccard(gold.cover(), predicted) : NO_MATCH;
        }
    },

    /** Mostly the same characters: a character Jaccard of at least 0.5 on the covering spans. */
    OVERLAP {
        @Override
        public double score(GoldSpan gold, Span predicted, Role role) {
            double jaccard = jaccard(gold.cover(), predicted);
            return jaccard >= MIN_JACCARD ? jaccard : NO_MATCH;
        }
    };

    /** What {@link #score} returns for a pair that does not match. */
    public static final double NO_MATCH = -1;

    /** The least character Jaccard of an overlap match. */
    public static final double MIN_JACCARD = 0.5;

    /**
     * How well the pair matches, for choosing the best pairs first: their character Jaccard when
     * they match (positive), else {@link #NO_MATCH}.
     */
    public abstract double score(GoldSpan gold, Span predicted, Role role);

    /** The lower-case name text reports use: {@code exact}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Shared characters / characters in either; 0 for two empty spans. */
    public static double jaccard(Span a, Span b) {
        int shared = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
        int union = a.length() + b.length() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }
}
