package org.claimgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A proposition that actors are reported to assert, deny or dismiss: "North Korea delivered
 * munitions to Russia", with each actor's {@link Stance} and the {@link Evidence} cited for it.
 * Claims are identified by their frame (source, target and CAMEO family), so paraphrases join one
 * claim.
 *
 * @param text   the proposition as the text first words it
 * @param plover PLOVER type, or null where PLOVER has none
 * @param target actor id, or null when no wording names one
 * @param frames every wording of the proposition, in text order (at least one)
 */
public record Claim(String id, String text, String cameo, String plover, String source, String target,
                   List<Stance> stances, List<Evidence> evidence, List<Frame> frames) {
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(source, "source");
        stances = List.copyOf(stances);
        evidence = List.copyOf(evidence);
        frames = List.copyOf(frames);
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("claim " + id + " has no frame");
        }
    }
}
