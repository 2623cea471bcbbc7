package org.claimgraph.extract.actors;

import java.util.List;
import java.util.Objects;

/**
 * A people or ethnic group that news names as an actor without a state of its own ("Kurdish rebels",
 * "Tamil refugees", "Yoruba leaders"), with the countries it lives in, its home first.
 *
 * @param phrase    one spelling as the registry writes it ("Kurds")
 * @param countries alpha-3 codes, at least one; the first is where most of the people live
 */
public record People(String phrase, List<String> countries) {
    public People {
        Objects.requireNonNull(phrase, "phrase");
        countries = List.copyOf(countries);
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("people '" + phrase + "' lives in no country");
        }
    }
}
