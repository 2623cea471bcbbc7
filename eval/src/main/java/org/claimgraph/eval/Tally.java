package org.claimgraph.eval;

/**
 * How often something occurred: a cue among the misses, a gold actor among the actor misses.
 *
 * @param key   what occurred, as reports show it
 * @param count how many times
 */
public record Tally(String key, int count) {
}
