package org.claimgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One canonical actor of a document: a person, state, organisation, group or medium.
 *
 * @param id      stable slug, the same across documents ({@code person:sergey-lavrov}, {@code state:RUS})
 * @param country ISO-3166 alpha-3 code, or null when unknown
 * @param sector  null when unknown
 * @param code    CAMEO-style code: country and sector ({@code RUSGOV}), the country or the sector
 *                alone when only one is known, an organisation's own code ({@code UNO}), or null
 * @param aliases every other name the document uses for the actor
 */
public record Actor(String id, String name, ActorKind kind, String country, Sector sector, String code,
                    List<String> aliases) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
    }

    /** The CAMEO-style code of a country and a sector: {@code RUS} + {@code GOV} = {@code RUSGOV}. */
    public static String code(String country, Sector sector) {
        if (country == null) {
            return sector == null ? null : sector.name();
        }
        return sector == null ? country : country + sector.name();
    }
}
