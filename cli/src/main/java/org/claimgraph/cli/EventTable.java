package org.claimgraph.cli;

import org.claimgraph.eval.EventReport;
import org.claimgraph.eval.Share;

import java.util.Locale;

/** The readable report of an event-type evaluation: the two shares and one line per gold type. */
final class EventTable {

    private EventTable() {
    }

    static String render(EventReport report, String goldName) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "PLOVER event types · %s · %d sentences%n%n", goldName, report.records()));
        share(b, "sentences with the gold type found", report.found());
        share(b, "emitted events and claims of the gold type", report.emitted());
        b.append(String.format(Locale.ROOT, "%nPer gold type%n"));
        for (EventReport.TypeRow row : report.perType()) {
            share(b, row.type(), row.found());
        }
        return b.toString();
    }

    private static void share(StringBuilder b, String what, Share share) {
        b.append(String.format(Locale.ROOT, "  %-44s %5d / %-5d %6s %%%n", what, share.found(), share.total(),
                AttributionTable.percent(share.fraction())));
    }
}
