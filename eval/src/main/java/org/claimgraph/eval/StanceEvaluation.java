package org.claimgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted headline stances against gold ones: accuracy, per-class precision, recall and F1,
 * macro-F1, the confusion matrix, the majority-class baseline, and how each classifier rule did.
 * Not thread-safe: add headlines from one thread.
 */
public final class StanceEvaluation {

    private static final HeadlineStance[] STANCES = HeadlineStance.values();

    /** {@code confusion[gold][predicted]}, indexed by ordinal. */
    private final int[][] confusion = new int[STANCES.length][STANCES.length];
    /** Per rule: decisions, correct ones; in first-seen order, sorted when reported. */
    private final Map<HeadlineStanceClassifier.Rule, int[]> perRule = new LinkedHashMap<>();
    private final List<StanceMiss> misses = new ArrayList<>();
    private int headlines;

    /** Counts one headline. */
    public void add(HeadlineStance gold, HeadlineStance predicted) {
        confusion[gold.ordinal()][predicted.ordinal()]++;
        headlines++;
    }

    /** Counts one gold headline with the classifier's decision on it, and the rule that decided. */
    public void add(EmergentHeadline gold, HeadlineStanceClassifier.Decision decision) {
        add(gold.stance(), decision.stance());
        boolean right = gold.stance() == decision.stance();
        int[] row = perRule.computeIfAbsent(decision.rule(), r -> new int[2]);
        row[0]++;
        row[1] += right ? 1 : 0;
        if (!right) {
            misses.add(new StanceMiss(gold.line(), gold.articleId(), gold.stance().label(), decision.stance().label(),
                    decision.rule().name(), decision.evidence(), gold.claimHeadline(), gold.articleHeadline()));
        }
    }

    /** Every headline added with a decision whose prediction is wrong, in the order added. */
    public List<StanceMiss> misses() {
        return List.copyOf(misses);
    }

    public StanceReport report() {
        int correct = 0;
        List<StanceReport.ClassRow> perClass = new ArrayList<>();
        List<StanceReport.ConfusionRow> rows = new ArrayList<>();
        double f1s = 0;
        HeadlineStance majority = STANCES[0];
        for (HeadlineStance s : STANCES) {
            int i = s.ordinal();
            int gold = 0;
            int predicted = 0;
            List<Integer> row = new ArrayList<>();
            for (HeadlineStance t : STANCES) {
                gold += confusion[i][t.ordinal()];
                predicted += confusion[t.ordinal()][i];
                row.add(confusion[i][t.ordinal()]);
            }
            correct += confusion[i][i];
            Score score = new Score(gold, predicted, confusion[i][i]);
            f1s += score.f1();
            perClass.add(new StanceReport.ClassRow(s.label(), score));
            rows.add(new StanceReport.ConfusionRow(s.label(), row));
            if (gold > goldCount(majority)) {
                majority = s;
            }
        }
        List<StanceReport.RuleRow> rules = new ArrayList<>();
        for (HeadlineStanceClassifier.Rule rule : HeadlineStanceClassifier.Rule.values()) {
            int[] counts = perRule.get(rule);
            if (counts != null) {
                rules.add(new StanceReport.RuleRow(rule.name(), rule.stance().label(), new Share(counts[1], counts[0])));
            }
        }
        return new StanceReport(headlines, new Share(correct, headlines),
                new StanceReport.Baseline(majority.label(), new Share(goldCount(majority), headlines)),
                f1s / STANCES.length, perClass, List.of(labels()), rows, rules);
    }

    private int goldCount(HeadlineStance s) {
        int n = 0;
        for (int c : confusion[s.ordinal()]) {
            n += c;
        }
        return n;
    }

    private static String[] labels() {
        String[] labels = new String[STANCES.length];
        for (HeadlineStance s : STANCES) {
            labels[s.ordinal()] = s.label();
        }
        return labels;
    }
}
