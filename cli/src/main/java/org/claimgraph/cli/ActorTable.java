package org.claimgraph.cli;

import org.claimgraph.eval.ActorReport;
import org.claimgraph.eval.Share;

import java.util.Locale;

/** The readable report of an actor evaluation: the three shares found and the most frequent misses. */
final class ActorTable {

    private ActorTable() {
    }

    static String render(ActorReport report, String goldName) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "PLOVER actors · %s · %d records, %d gold actors (%d with a sector)%n%n",
                goldName, report.records(), report.country().total(), report.countryAndSector().total()));
        share(b, "found with the right country", report.country());
        b.append(String.format(Locale.ROOT, "  %-40s %5d%n", "... of them as a place of that country", report.countryAtPlaces()));
        share(b, "found with the right country and sector", report.countryAndSector());
        share(b, "... and primary sector (CVL of CVLalb)", report.countryAndPrimarySector());
        AttributionTable.tallies(b,
                "Most frequent misses (gold words (code[, sector]) → what the analysis had there)",
                report.frequentMisses());
        return b.toString();
    }

    private static void share(StringBuilder b, String what, Share share) {
        b.append(String.format(Locale.ROOT, "  %-40s %5d / %-5d %6s %%%n", what, share.found(), share.total(),
                AttributionTable.percent(share.fraction())));
    }
}
