package org.claimgraph.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Objects;

/**
 * The figures of a headline stance evaluation.
 *
 * @param headlines headlines scored
 * @param accuracy  headlines whose predicted stance is the gold one
 * @param baseline  the accuracy of always predicting the most frequent gold stance
 * @param macroF1   the mean of the three classes' F1
 * @param perClass  one row per stance, in the order for, against, observing: gold and predicted counts,
 *                  the correct ones, precision, recall and F1
 * @param labels    the stances in the order of the confusion matrix's columns
 * @param confusion one row per gold stance: how many were predicted as each of {@code labels}
 * @param perRule   one row per classifier rule that decided something: its decisions and how many were right
 */
@JsonPropertyOrder({"headlines", "accuracy", "baseline", "macroF1", "perClass", "labels", "confusion", "perRule"})
public record StanceReport(int headlines, Share accuracy, Baseline baseline, double macroF1, List<ClassRow> perClass,
                           List<String> labels, List<ConfusionRow> confusion, List<RuleRow> perRule) {

    /** Always predicting one stance, and how many that gets right. */
    public record Baseline(String stance, Share accuracy) {
    }

    /** One stance's counts, as a {@link Score}: gold, predicted, matched (correct). */
    public record ClassRow(String stance, Score score) {
    }

    /** How the headlines of one gold stance were predicted, one count per label. */
    public record ConfusionRow(String gold, List<Integer> predicted) {

        public ConfusionRow {
            predicted = List.copyOf(predicted);
        }
    }

    /** The decisions one classifier rule made, and how many of them were right. */
    public record RuleRow(String rule, String stance, Share correct) {
    }

    public StanceReport {
        Objects.requireNonNull(accuracy, "accuracy");
        Objects.requireNonNull(baseline, "baseline");
        perClass = List.copyOf(perClass);
        labels = List.copyOf(labels);
        confusion = List.copyOf(confusion);
        perRule = List.copyOf(perRule);
    }
}
