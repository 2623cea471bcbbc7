package org.claimgraph.extract.actors;

import java.util.Objects;

/**
 * A region of one country that news names as where things happen and whose people act ("fighting in
 * Darfur", "Darfur rebels", "rebels in Chechnya"): never the state itself.
 *
 * @param phrase  one spelling as the registry writes it ("Darfur")
 * @param country the alpha-3 code of the country it lies in
 */
public record Region(String phrase, String country) {
    public Region {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(country, "country");
    }
}
