package org.claimgraph.eval;

import org.claimgraph.eval.OneToOneMatcher.Pair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Greedy one-to-one matching: best pairs first, each item used once, deterministic ties. */
class OneToOneMatcherTest {

    /** Rows are gold items, columns predictions; negative means no match. */
    private static OneToOneMatcher.PairScore table(double[][] scores) {
        return (g, p) -> scores[g][p];
    }

    @Test
    void theBestPairIsChosenFirstAndEachItemIsUsedOnce() {
        double[][] scores = {
                {0.67, 0.90}, // gold 0 fits prediction 1 best
                {1.00, 0.58}, // gold 1 fits prediction 0 perfectly
        };
        assertThat(OneToOneMatcher.match(2, 2, table(scores))).containsExactly(new Pair(1, 0), new Pair(0, 1));
    }

    @Test
    void greedyCanLeaveAGoldItemUnmatchedThatAnOptimalMatchingWouldPair() {
        double[][] scores = {
                {0.9, 0.6},
                {0.8, -1},
        };
        assertThat(OneToOneMatcher.match(2, 2, table(scores))).containsExactly(new Pair(0, 0));
    }

    @Test
    void twoPredictionsOfOneGoldItemMatchItOnce() {
        double[][] scores = {{1.0, 1.0}};
        assertThat(OneToOneMatcher.match(1, 2, table(scores))).containsExactly(new Pair(0, 0));
    }

    @Test
    void nothingMatchesWhenEverythingIsNegativeOrEitherSideIsEmpty() {
        assertThat(OneToOneMatcher.match(2, 1, table(new double[][] {{-1}, {-1}}))).isEmpty();
        assertThat(OneToOneMatcher.match(0, 3, (g, p) -> 1)).isEmpty();
        assertThat(OneToOneMatcher.match(3, 0, (g, p) -> 1)).isEmpty();
    }
}
