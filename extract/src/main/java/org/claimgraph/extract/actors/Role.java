package org.claimgraph.extract.actors;

import java.util.Objects;
import org.claimgraph.model.Sector;

/**
 * A role noun or title ("foreign minister", "officials", "rebels") with the sector it implies and
 * whether it names one person or a group.
 *
 * @param phrase the phrase as written in the data file, lower case
 * @param sector the sector the role implies when nothing else in the text says otherwise
 * @param group  true for several people or a body ("officials", "ministry"), false for one person
 */
public record Role(String phrase, Sector sector, boolean group) {

    public Role {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(sector, "sector");
    }
}
