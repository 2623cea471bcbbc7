package org.claimgraph.nlp;

import java.util.List;

/**
 * A sentence as the cascade reads it: words, tags, lemmas and dependency tree. The parse repairs
 * ({@link ReportedClauses}, {@link InfinitiveHeads}, {@link ReducedRelatives},
 * {@link SubjectParentheticals}) each take one and give it back, or a second reading.
 */
record Reading(List<String> words, List<String> tags, List<String> lemmas, DependencyParser.Parse parse) {

    /** Tags and lemmatises a sentence's words again; the pipeline's own tagger. */
    interface Tagger {
        Tagged tag(List<String> words);
    }

    /** The part-of-speech tag and the lemma of each word of a sentence. */
    record Tagged(List<String> tags, List<String> lemmas) {
    }
}
