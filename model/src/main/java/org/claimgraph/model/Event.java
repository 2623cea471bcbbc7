package org.claimgraph.model;

import java.util.Objects;

/**
 * A frame the text puts as happening (or intended, negated, past), in the outlet's own voice or
 * in the words of a party to it; "the U.S. says North Korea shipped arms" is a {@link Claim}, never
 * an event.
 *
 * @param statement id of the statement that reports or performs it ("accused", "said he supports
 *                  holding talks"), or null when the outlet states it
 * @param goldstein the Goldstein value of the CAMEO code, from -10 (conflict) to +10 (cooperation)
 */
public record Event(String id, Frame frame, Modality modality, String statement, double goldstein) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(modality, "modality");
        if (!(goldstein >= -10 && goldstein <= 10)) { // also rejects NaN
            throw new IllegalArgumentException("Goldstein value " + goldstein + " is outside [-10, 10]");
        }
    }
}
