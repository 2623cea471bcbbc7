package org.claimgraph.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** How many of some gold items were found; the fraction is 0 when there are none. */
@JsonPropertyOrder({"found", "total", "fraction"})
public record Share(int found, int total) {

    public Share {
        if (found < 0 || found > total) {
            throw new IllegalArgumentException("found " + found + " of " + total);
        }
    }

    @JsonProperty
    public double fraction() {
        return total == 0 ? 0 : (double) found / total;
    }
}
