package org.claimgraph.eval;

import java.util.Objects;

/**
 * The scores of one span role, summed over documents, under both matchings.
 *
 * @param exact   the same words ({@link Matching#EXACT})
 * @param overlap mostly the same characters ({@link Matching#OVERLAP})
 */
public record RoleScore(Role role, Score exact, Score overlap) {

    public RoleScore {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(exact, "exact");
        Objects.requireNonNull(overlap, "overlap");
    }

    public Score score(Matching matching) {
        return matching == Matching.EXACT ? exact : overlap;
    }
}
