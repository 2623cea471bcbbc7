package org.claimgraph.extract.statements;

/**
 * What a cue does beyond its content column, written in the fifth column of {@code cues.tsv}: facts
 * about single cues that PolNeAR's annotators follow (measured on its train set), read where the
 * content is found.
 */
public enum CueTrait {
    /** Takes a side on its object, reported even when it is a lone pronoun: "endorsed her", "opposes it". */
    TAKES_SIDE,
    /** A cue read with an object and its complement that reports the object alone when it has none: "described the meeting". */
    OBJECT_ALONE,
    /** An appeal that also asks for a thing, which is then the content: "urged restraint", "demands answers". */
    ASKS_FOR_THINGS,
    /** Reports speech given even as an infinitive: "met the mayor to discuss the budget". */
    GIVEN_AS_INFINITIVE
}
