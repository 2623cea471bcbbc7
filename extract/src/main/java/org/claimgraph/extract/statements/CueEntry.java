package org.claimgraph.extract.statements;

import java.util.List;
import java.util.Set;

/**
 * One entry of the cue lexicon: a lemma sequence ("say", "shrug off", "according to"), the stance it
 * expresses, whether it is hedged ("believe", "suspect"), where its content is, and its
 * {@linkplain CueTrait traits}.
 */
public record CueEntry(List<String> lemmas, CueStance stance, boolean hedged, CueContent content, Set<CueTrait> traits) {

    public CueEntry {
        lemmas = List.copyOf(lemmas);
        traits = Set.copyOf(traits);
    }

    /** An entry without traits. */
    public CueEntry(List<String> lemmas, CueStance stance, boolean hedged, CueContent content) {
        this(lemmas, stance, hedged, content, Set.of());
    }

    public String lemma() {
        return String.join(" ", lemmas);
    }

    public boolean has(CueTrait trait) {
        return traits.contains(trait);
    }
}
