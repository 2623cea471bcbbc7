package org.claimgraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * The figures of an actor evaluation.
 *
 * @param records            gold records scored
 * @param country            gold actors found with the right country (or organisation code)
 * @param countryAtPlaces    how many of those were found as a place of the gold country ("arrived in Amman")
 * @param countryAndSector   gold actors with a sector found with the right country and sector; its
 *                           total is how many gold actors have a sector; a compound gold sector
 *                           ({@code CVLalb}) is never found here
 * @param countryAndPrimarySector the same with the gold sector's first three-letter block ({@code CVL} of
 *                           {@code CVLalb}); the same total
 * @param frequentMisses     the most frequent misses, most frequent first, as
 *                           {@code actorText (CODE) → what the analysis had there}, or
 *                           {@code actorText (CODE, sector SECTOR) → ...} when only the sector was wrong
 */
public record ActorReport(int records, Share country, int countryAtPlaces, Share countryAndSector, Share countryAndPrimarySector,
                          List<Tally> frequentMisses) {

    public ActorReport {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(countryAndSector, "countryAndSector");
        Objects.requireNonNull(countryAndPrimarySector, "countryAndPrimarySector");
        frequentMisses = List.copyOf(frequentMisses);
    }
}
