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
 * @param sector  its sector ({@link Sector#IGO}, {@link Sector#MED}, ...), or null for one of a country whose
 *                role changed over its history (a rebel movement that became a party or a government)
 * @param code    CAMEO-style code: {@code PRKMED} when it has a country ({@code AFG} without a sector), its own
 *                mnemonic for an intergovernmental organisation ({@code NAT}), else the sector ({@code NGO})
 */
public record Organization(String id, String name, List<String> aliases, ActorKind kind, String country,
                           Sector sector, String code) {

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
}
