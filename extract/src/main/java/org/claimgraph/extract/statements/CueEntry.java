package org.claimgraph.extract.statements;

import java.util.List;

/**
 * One entry of the cue lexicon: a lemma sequence ("say", "shrug off", "according to"), the stance it
 * expresses, whether it is hedged ("believe", "suspect"), and where its content is.
 */
public record CueEntry(List<String> lemmas, CueStance stance, boolean hedged, CueContent content) {

    public CueEntry {
        lemmas = List.copyOf(lemmas);
    }

    public String lemma() {
        return String.join(" ", lemmas);
    }
}
