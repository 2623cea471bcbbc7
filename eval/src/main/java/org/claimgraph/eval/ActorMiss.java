package org.claimgraph.eval;

import java.util.Objects;

/**
 * A gold actor the analysis did not find with its country, or found with its country but not its sector.
 *
 * @param record the PLOVER record's id
 * @param actor  the gold actor
 * @param kind   which figure missed it
 * @param found  what the analysis had at the gold actor's words: actor names with their codes,
 *               {@code nothing}, or {@code (words not in the text)}
 * @param text   the record's text
 */
public record ActorMiss(String record, GoldActor actor, Kind kind, String found, String text) {

    /** Which figure the gold actor was missed in. */
    public enum Kind {
        /** no actor with the gold country (or organisation code) at its words */
        COUNTRY,
        /** an actor with the right country at its words, but none with the gold sector too */
        SECTOR
    }

    public ActorMiss {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(text, "text");
    }
}
