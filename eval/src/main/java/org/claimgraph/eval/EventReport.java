package org.claimgraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * The figures of an event-type evaluation on PLOVER gold sentences.
 *
 * @param records  gold records scored
 * @param found    records whose gold type is among the types of the analysis's events and claims
 * @param emitted  events and claims emitted, and how many of them have their record's gold type
 * @param perType  one row per gold type: records of that type and how many were found
 */
public record EventReport(int records, Share found, Share emitted, List<TypeRow> perType) {

    /** Records of one gold type and how many of them were found. */
    public record TypeRow(String type, Share found) {
    }

    public EventReport {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(emitted, "emitted");
        perType = List.copyOf(perType);
    }
}
