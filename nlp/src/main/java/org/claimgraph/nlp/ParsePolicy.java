package org.claimgraph.nlp;

import java.util.List;

/**
 * Decides, from the cheap pass (lemmas and part-of-speech tags), whether a sentence needs the
 * dependency parser. The extractor supplies one built from its cue and event lexicons, which is
 * how the cascade skips the parser on sentences with nothing to extract, and which verbs report a
 * clause the parser should not miss. Must be thread-safe.
 */
@FunctionalInterface
public interface ParsePolicy {

    /** Parses every sentence. */
    ParsePolicy ALL = (lemmas, tags) -> true;

    /** Parses nothing: the cheap pass only. */
    ParsePolicy NONE = (lemmas, tags) -> false;

    boolean needsParse(List<String> lemmas, List<String> tags);

    /**
     * Whether a verb with this lemma reports a clause ("say", "think"), so that a parse that gives
     * it none deserves a second reading ({@link ReportedClauses}). None does, unless the policy says so.
     */
    default boolean reportsClause(String lemma) {
        return false;
    }
}
