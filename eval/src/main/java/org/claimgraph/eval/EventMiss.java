package org.claimgraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * A PLOVER gold sentence whose type is not among the types of the analysis's events and claims.
 *
 * @param record the PLOVER record's id
 * @param gold   the gold type, as the gold file names it
 * @param found  what the analysis had instead, one entry per event or claim:
 *               {@code "THREATEN 138 'warned' (event, INTENDED)"}; empty when it had nothing
 * @param text   the record's text
 */
public record EventMiss(String record, String gold, List<String> found, String text) {

    public EventMiss {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(text, "text");
        found = List.copyOf(found);
    }
}
