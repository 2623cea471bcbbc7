package org.claimgraph.eval;

import java.util.List;
import java.util.Locale;

/** What an attribution span is, or {@link #ATTRIBUTION} for the attribution as a whole. */
public enum Role {
    /** who is reported: the statement's speaker mention */
    SOURCE,
    /** the reporting words: "said", "according to" */
    CUE,
    /** what is reported */
    CONTENT,
    /** the whole attribution: a cue and a content found by one statement */
    ATTRIBUTION;

    /** The three span roles, in table order. */
    public static final List<Role> SPANS = List.of(SOURCE, CUE, CONTENT);

    /** The lower-case name text reports use: {@code source}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
