package org.claimgraph.extract.actors;

import java.util.List;
import java.util.Objects;

/**
 * A country as the registry knows it: its ISO-3166-1 alpha-3 code and the names news text uses for it.
 *
 * @param alpha3   ISO-3166-1 alpha-3 code ({@code RUS}); {@code XKX} for Kosovo, the one user-assigned code
 * @param name     canonical English short name ({@code Russia})
 * @param names    other names and common forms, without {@code name} ({@code Russian Federation})
 * @param demonyms demonyms and adjectives ({@code Russian}, {@code Russians})
 */
public record Country(String alpha3, String name, List<String> names, List<String> demonyms) {

    /** Prefix of a state actor's id: {@code state:} + alpha-3. */
    public static final String ACTOR_ID_PREFIX = "state:";

    public Country {
        Objects.requireNonNull(alpha3, "alpha3");
        Objects.requireNonNull(name, "name");
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
    }

    /** The id of this country's state actor: {@code state:RUS}. */
    public String actorId() {
        return ACTOR_ID_PREFIX + alpha3;
    }
}
