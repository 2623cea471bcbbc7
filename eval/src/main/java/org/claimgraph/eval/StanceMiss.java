package org.claimgraph.eval;

/**
 * A headline whose predicted stance is not the gold one, with the rule that decided it.
 *
 * @param line      the line of the gold file the row starts on
 * @param evidence  the words the rule went by, or ""
 * @param claim     the claim, as the gold file gives it
 * @param headline  the headline, as the gold file gives it
 */
public record StanceMiss(int line, String articleId, String gold, String predicted, String rule, String evidence,
                         String claim, String headline) {
}
