package org.claimgraph.extract.frames;

import java.util.List;
import java.util.Set;

/**
 * One entry of the action lexicon: a verb pattern ("deliver", "shrug off"), the words one of which
 * its object must hold (empty for any object), and its CAMEO code.
 */
public record Action(List<String> lemmas, Set<String> objectWords, String cameo) {

    public Action {
        lemmas = List.copyOf(lemmas);
        objectWords = Set.copyOf(objectWords);
    }

    /** Whether an object phrase with these lemmas fits the entry. */
    public boolean fits(Set<String> objectLemmas) {
        return objectWords.isEmpty() || objectWords.stream().anyMatch(objectLemmas::contains);
    }
}
