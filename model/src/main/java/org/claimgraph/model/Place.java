package org.claimgraph.model;

import java.util.Objects;

/**
 * Words of the text that name a place, not an actor: "arrived in Pyongyang", "a curfew in the town of
 * Kedra in northern Norland". A capital that speaks or acts is its government and becomes an
 * {@link Actor} instead ("Pyongyang denied it"); a place stays where things happen.
 *
 * @param name    the place as the text names it ("Pyongyang")
 * @param country the ISO-3166 alpha-3 code of the country it lies in
 * @param span    the words
 */
public record Place(String name, String country, Span span) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(span, "span");
    }
}
