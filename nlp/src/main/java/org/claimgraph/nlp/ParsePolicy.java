package org.claimgraph.nlp;

import java.util.List;

/**
 * Decides, from the cheap pass (lemmas and part-of-speech tags), whether a sentence needs the
 * dependency parser. The extractor supplies one built from its cue and event lexicons, which is
 * how the cascade skips the parser on sentences with nothing to extract. Must be thread-safe.
 */
@FunctionalInterface
public interface ParsePolicy {

    /** Parses every sentence. */
    ParsePolicy ALL = (lemmas, tags) -> true;

    /** Parses nothing: the cheap pass only. */
    ParsePolicy NONE = (lemmas, tags) -> false;

    boolean needsParse(List<String> lemmas, List<String> tags);
}
