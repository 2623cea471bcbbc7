package org.claimgraph.extract.actors;

import java.util.Objects;
import org.claimgraph.model.Actor;
import org.claimgraph.model.Sector;

/**
 * A capital, seat of power or named state body whose name stands for one country in one sector:
 * "Moscow" (RUS, GOV, capital), "the Pentagon" (USA, MIL), "the Knesset" (ISR, LEG).
 *
 * @param phrase  the name as written in the data file, one spelling ({@code Kyiv} and {@code Kiev} are two seats)
 * @param country alpha-3 code of the country
 * @param sector  the branch of the state the name stands for
 * @param capital true for the capital city, false for any other seat or body
 * @param city    true for a city: the capital, or another city that is a seat of the state ("The Hague", "Abidjan");
 *                false for a building or a body ("the Kremlin")
 */
public record Seat(String phrase, String country, Sector sector, boolean capital, boolean city) {

    public Seat {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(sector, "sector");
        if (capital && !city) {
            throw new IllegalArgumentException(phrase + ": a capital is a city");
        }
    }

    /** The CAMEO-style code of the actor the seat stands for: {@code RUSGOV}, {@code USAMIL}. */
    public String code() {
        return Actor.code(country, sector);
    }
}
