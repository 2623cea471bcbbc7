package org.claimgraph.extract.actors;

import java.util.List;
import java.util.Objects;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Sector;

/**
 * An organisation with an identity of its own: an intergovernmental organisation, an international NGO
 * or a news medium.
 *
 * @param id      stable actor id, {@code org:} + slug ({@code org:nato}, {@code org:kcna})
 * @param name    canonical English name
 * @param aliases other names and acronyms, without {@code name}
 * @param kind    {@link ActorKind#ORGANIZATION} or {@link ActorKind#MEDIA}
 * @param country alpha-3 code of the country it belongs to, or null for international organisations
 * @param sector  its sector ({@link Sector#IGO}, {@link Sector#MED}, ...); for an organ or agency of an intergovernmental
 *                organisation whose whole business is one role, that role inside the organisation ({@link Sector#GOV}
 *                for the Security Council, {@link Sector#REF} for the refugee agency); or null for one of a country
 *                whose role changed over its history (a rebel movement that became a party or a government)
 * @param code    CAMEO-style code: {@code PRKMED} when it has a country ({@code AFG} without a sector); for an
 *                intergovernmental organisation {@code IGO}, its own mnemonic and its role if it has one
 *                ({@code IGONAT}, {@code IGOUNOGOV}); else the sector ({@code NGO})
 */
public record Organization(String id, String name, List<String> aliases, ActorKind kind, String country,
                           Sector sector, String code) {

    /** The block that opens the code of an intergovernmental organisation, as in CAMEO ({@code IGOUNO}). */
    public static final String INTERGOVERNMENTAL = "IGO";

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (sector == null && country == null) {
            throw new IllegalArgumentException(id + ": an organisation without a sector needs a country");
        }
        Objects.requireNonNull(code, "code");
        aliases = List.copyOf(aliases);
    }

    /** Whether it is an intergovernmental organisation or one of its organs: no country, a code opening with IGO. */
    public boolean intergovernmental() {
        return country == null && code.startsWith(INTERGOVERNMENTAL);
    }

    /**
     * The code of the organisation's people in a role the text names ("U.N. peacekeepers", "NATO Secretary-General
     * X"): its code and the role, {@code IGOUNO} + {@code MIL}; an organ with a role of its own keeps its code
     * ("UNHCR spokesman": {@code IGOUNHCRREF}).
     */
    public String codeInRole(Sector role) {
        return sector == Sector.IGO ? code + role.name() : code;
    }

    /** The sector of the organisation's people in a role the text names: that role, or the organ's own role. */
    public Sector sectorInRole(Sector role) {
        return sector == Sector.IGO ? role : sector;
    }
}
