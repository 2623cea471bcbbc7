package org.claimgraph.cli;

import org.claimgraph.eval.Score;
import org.claimgraph.eval.Share;
import org.claimgraph.eval.StanceReport;

import java.util.Locale;

/**
 * The readable report of a headline stance evaluation: accuracy against the majority-class baseline,
 * macro-F1, a table of precision, recall and F1 per class, the confusion matrix, and each rule's record.
 */
final class StanceTable {

    private static final String CLASS_ROW = "  %-10s %6s %10s %8s %10s %7s %7s%n";

    private StanceTable() {
    }

    static String render(StanceReport report, String goldName) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Emergent headline stance · %s · %d headlines%n%n", goldName,
                report.headlines()));
        share(b, "accuracy", report.accuracy());
        share(b, "majority-class baseline (always " + report.baseline().stance() + ")", report.baseline().accuracy());
        b.append(String.format(Locale.ROOT, "  %-44s %13s %6s %%%n", "macro-F1", "",
                AttributionTable.percent(report.macroF1())));

        b.append(String.format(Locale.ROOT, "%n" + CLASS_ROW, "class", "gold", "predicted", "correct", "precision",
                "recall", "F1"));
        for (StanceReport.ClassRow row : report.perClass()) {
            Score s = row.score();
            b.append(String.format(Locale.ROOT, CLASS_ROW, row.stance(), s.gold(), s.predicted(), s.matched(),
                    AttributionTable.percent(s.precision()), AttributionTable.percent(s.recall()),
                    AttributionTable.percent(s.f1())));
        }
        b.append(String.format(Locale.ROOT, "  precision, recall and F1 in percent%n"));

        b.append(String.format(Locale.ROOT, "%nConfusion matrix (rows: gold, columns: predicted)%n  %-10s", ""));
        for (String label : report.labels()) {
            b.append(String.format(Locale.ROOT, " %10s", label));
        }
        b.append('\n');
        for (StanceReport.ConfusionRow row : report.confusion()) {
            b.append(String.format(Locale.ROOT, "  %-10s", row.gold()));
            for (int count : row.predicted()) {
                b.append(String.format(Locale.ROOT, " %10d", count));
            }
            b.append('\n');
        }

        if (!report.perRule().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nDecisions by rule (right / made)%n"));
            for (StanceReport.RuleRow row : report.perRule()) {
                share(b, row.rule().toLowerCase(Locale.ROOT).replace('_', ' ') + " → " + row.stance(), row.correct());
            }
        }
        return b.toString();
    }

    private static void share(StringBuilder b, String what, Share share) {
        b.append(String.format(Locale.ROOT, "  %-44s %5d / %-5d %6s %%%n", what, share.found(), share.total(),
                AttributionTable.percent(share.fraction())));
    }
}
