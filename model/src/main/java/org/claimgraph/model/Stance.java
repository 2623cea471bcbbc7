package org.claimgraph.model;

import java.util.Objects;

/**
 * Where one actor stands on a claim, and the words that say so.
 *
 * @param actor     actor id of who takes the stance
 * @param statement id of the statement that carries it, or null when it is read from a verb that
 *                  reports no content ("shrugged off U.S. claims")
 * @param time      ISO-8601 value of when the stance was taken, or null
 * @param cue       the words that express the stance ("denied", "shrugged off")
 */
public record Stance(String actor, StanceKind kind, Certainty certainty, String statement, String time, Span cue) {
    public Stance {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(cue, "cue");
    }
}
