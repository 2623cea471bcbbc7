package org.claimgraph.eval;

import java.util.Objects;

/**
 * A gold actor of a PLOVER record.
 *
 * @param actorText the words of the record's text that name it
 * @param code      an ISO-3166 alpha-3 country code, or an organisation code ({@code IGO}, {@code NGO})
 * @param sector    its CAMEO sector code ({@code GOV}, {@code REB}, ...), or null when the gold gives none
 */
public record GoldActor(String actorText, String code, String sector) {

    public GoldActor {
        Objects.requireNonNull(actorText, "actorText");
        Objects.requireNonNull(code, "code");
    }
}
