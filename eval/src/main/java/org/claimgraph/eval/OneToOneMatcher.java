package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs gold items with predicted items, each item in at most one pair: greedily, the best-scoring
 * pair first (ties: lower gold index, then lower prediction index, so the result is deterministic).
 * Stateless.
 */
public final class OneToOneMatcher {

    /** How well gold item {@code gold} and predicted item {@code predicted} match; negative when they do not. */
    @FunctionalInterface
    public interface PairScore {
        double score(int gold, int predicted);
    }

    /** One gold item and the predicted item it was paired with, as indices into their lists. */
    public record Pair(int gold, int predicted) {
    }

    private record Candidate(int gold, int predicted, double score) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::predicted);

    private OneToOneMatcher() {
    }

    /** The pairs, in the order they were chosen. */
    public static List<Pair> match(int golds, int predictions, PairScore score) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < golds; g++) {
            for (int p = 0; p < predictions; p++) {
                double s = score.score(g, p);
                if (s >= 0) {
                    candidates.add(new Candidate(g, p, s));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        boolean[] goldUsed = new boolean[golds];
        boolean[] predictedUsed = new boolean[predictions];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldUsed[c.gold()] && !predictedUsed[c.predicted()]) {
                goldUsed[c.gold()] = true;
                predictedUsed[c.predicted()] = true;
                pairs.add(new Pair(c.gold(), c.predicted()));
            }
        }
        return pairs;
    }
}
