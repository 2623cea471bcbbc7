package org.claimgraph.cli;

import org.claimgraph.eval.AnnotatorScore;
import org.claimgraph.eval.AttributionReport;
import org.claimgraph.eval.Matching;
import org.claimgraph.eval.RoleScore;
import org.claimgraph.eval.Role;
import org.claimgraph.eval.Score;
import org.claimgraph.eval.Tally;

import java.util.List;
import java.util.Locale;

/** The readable report of an attribution evaluation: a table of P/R/F1 and the most frequent errors. */
final class AttributionTable {

    private static final String ROW = "%-12s %6s %6s  %7s %5s %5s %5s  %7s %5s %5s %5s%n";
    private static final String ANNOTATOR_ROW = "%-10s %5s %6s   %5s %5s %5s   %5s %5s %5s   %5s%n";

    private AttributionTable() {
    }

    static String render(AttributionReport report, String goldName) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "PolNeAR attribution · %s · %d documents%n%n", goldName,
                report.documents()));
        b.append(String.format(Locale.ROOT, "%-28s%-27s%s%n", "", "exact", "overlap (Jaccard >= 0.5)"));
        b.append(String.format(Locale.ROOT, ROW, "role", "gold", "pred", "matched", "P", "R", "F1",
                "matched", "P", "R", "F1"));
        for (RoleScore role : report.roles()) {
            Score exact = role.score(Matching.EXACT);
            Score overlap = role.score(Matching.OVERLAP);
            b.append(String.format(Locale.ROOT, ROW, role.role().label(), exact.gold(), exact.predicted(),
                    exact.matched(), percent(exact.precision()), percent(exact.recall()), percent(exact.f1()),
                    overlap.matched(), percent(overlap.precision()), percent(overlap.recall()), percent(overlap.f1())));
        }
        Score a = report.attribution();
        b.append(String.format(Locale.ROOT, ROW, Role.ATTRIBUTION.label(), a.gold(), a.predicted(), "-", "-", "-", "-",
                a.matched(), percent(a.precision()), percent(a.recall()), percent(a.f1())));
        b.append(String.format(Locale.ROOT, "%nP, R, F1 in percent; gold and predicted spans are matched at most once "
                + "per document.%nattribution: a gold attribution with a cue and a content, found by one statement "
                + "overlapping both.%n"));
        annotators(b, report.annotators());
        tallies(b, "Most frequent misses by cue (gold attributions not found: " + (a.gold() - a.matched()) + " of "
                + a.gold() + ")", report.frequentMisses());
        tallies(b, "Most frequent false alarms by cue (statements matching no gold attribution: "
                + (a.predicted() - a.matched()) + " of " + a.predicted() + ")", report.frequentFalseAlarms());
        return b.toString();
    }

    /** Overlap P/R/F1 of each annotator's documents: PolNeAR annotators differ in what they mark. */
    private static void annotators(StringBuilder b, List<AnnotatorScore> annotators) {
        b.append(String.format(Locale.ROOT, "%nBy annotator (overlap; PolNeAR gives each document one annotator)%n"));
        b.append(String.format(Locale.ROOT, "%-24s%-20s%-20s%s%n", "", "cue", "content", "attribution"));
        b.append(String.format(Locale.ROOT, ANNOTATOR_ROW, "annotator", "docs", "gold", "P", "R", "F1", "P", "R", "F1",
                "F1"));
        for (AnnotatorScore a : annotators) {
            b.append(String.format(Locale.ROOT, ANNOTATOR_ROW, a.annotator(), a.documents(), a.cue().gold(),
                    percent(a.cue().precision()), percent(a.cue().recall()), percent(a.cue().f1()),
                    percent(a.content().precision()), percent(a.content().recall()), percent(a.content().f1()),
                    percent(a.attribution().f1())));
        }
    }

    /** A titled list of counts, the most frequent first. */
    static void tallies(StringBuilder b, String title, List<Tally> tallies) {
        b.append('\n').append(title).append('\n');
        if (tallies.isEmpty()) {
            b.append("  (none)\n");
        }
        for (Tally t : tallies) {
            b.append(String.format(Locale.ROOT, "  %5d  %s%n", t.count(), t.key()));
        }
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f", 100 * fraction);
    }
}
