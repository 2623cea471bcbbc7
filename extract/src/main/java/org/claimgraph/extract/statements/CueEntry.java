package org.claimgraph.extract.statements;

import java.util.List;

/**
 * One entry of the cue lexicon: a lemma sequence ("say", "shrug off", "according to"), the stance it
 * expresses and whether it is hedged ("believe", "suspect").
 */
public record CueEntry(List<String> lemmas, CueStance stance, boolean hedged) {

    public CueEntry {
        lemmas = List.copyOf(lemmas);
    }

    public String lemma() {
        return String.join(" ", lemmas);
    }
}
