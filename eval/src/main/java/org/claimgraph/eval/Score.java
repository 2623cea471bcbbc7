package org.claimgraph.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Counts of a one-to-one matching and the precision, recall and F1 they give. With nothing
 * predicted precision is 0, with nothing in the gold recall is 0, and F1 is 0 when both are.
 *
 * @param gold      gold items
 * @param predicted predicted items
 * @param matched   pairs of one gold and one predicted item (so at most either count)
 */
@JsonPropertyOrder({"gold", "predicted", "matched", "precision", "recall", "f1"})
public record Score(int gold, int predicted, int matched) {

    /** Nothing gold, nothing predicted. */
    public static final Score ZERO = new Score(0, 0, 0);

    public Score {
        if (gold < 0 || predicted < 0 || matched < 0 || matched > gold || matched > predicted) {
            throw new IllegalArgumentException("impossible counts: gold " + gold + ", predicted " + predicted
                    + ", matched " + matched);
        }
    }

    /** The sum of two documents' counts. */
    public Score plus(Score other) {
        return new Score(gold + other.gold, predicted + other.predicted, matched + other.matched);
    }

    /** Matched predictions / predictions. */
    @JsonProperty
    public double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    /** Matched gold / gold. */
    @JsonProperty
    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    /** The harmonic mean of precision and recall. */
    @JsonProperty
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
