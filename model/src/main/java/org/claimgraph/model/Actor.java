package org.claimgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One canonical actor of a document: a person, state, organisation, group or medium.
 *
 * <p>An actor of a country has its ISO code as {@code country} and its part of that country's society as
 * {@code sector} ({@code RUS} + {@code GOV}). An intergovernmental organisation has no country: its code opens with
 * CAMEO's {@code IGO} and its own mnemonic, which stand where a country would ({@code IGOUNO}, {@code IGONAT}), and
 * its {@code sector} is the role inside the organisation when the text or the registry names one — the Security
 * Council and the Secretary-General govern ({@code GOV}, code {@code IGOUNOGOV}), peacekeepers and the
 * organisation's forces are its military ({@code MIL}, {@code IGOUNOMIL}), the refugee agency works with refugees
 * ({@code REF}) — and {@link Sector#IGO} for the organisation as a whole ({@code IGOUNO}); a force of several states
 * that the text does not name ("a regional peacekeeping force") is {@code IGO} and its role, {@code IGOMIL}. Other
 * organisations of no country have their sector as code ({@code NGO}).
 *
 * @param id      stable slug, the same across documents ({@code person:sergey-lavrov}, {@code state:RUS})
 * @param country ISO-3166 alpha-3 code, or null when unknown or for an organisation of no country
 * @param sector  null when unknown; for an intergovernmental organisation's organ or people, their role in it
 * @param code    CAMEO-style code: country and sector ({@code RUSGOV}), the country or the sector
 *                alone when only one is known, an intergovernmental organisation's code and role
 *                ({@code IGOUNO}, {@code IGOUNOGOV}), or null
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
