package org.claimgraph.eval;

import org.claimgraph.model.Analysis;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores event types against PLOVER gold sentences: a record counts as found when its gold type is
 * among the PLOVER types of the analysis's events and claims. The gold file names types as PLOVER
 * 0.5 did and our CAMEO table as the later draft does; {@link #OURS} maps the four names that
 * changed. Not thread-safe: add records from one thread.
 */
public final class EventEvaluation {

    /** PLOVER 0.5 type names that the later draft renamed or merged, and what they are now. */
    static final Map<String, String> OURS = Map.of(
            "DEMAND", "REQUEST",
            "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE",
            "FIGHT", "ASSAULT");

    private int records;
    private int found;
    private int emitted;
    private int emittedRight;
    private final Map<String, int[]> perType = new TreeMap<>();
    private final List<EventMiss> misses = new ArrayList<>();

    public void add(PloverRecord gold, Analysis analysis) {
        if (gold.event().isBlank()) {
            return;
        }
        String type = OURS.getOrDefault(gold.event(), gold.event());
        List<String> types = new ArrayList<>();
        List<String> had = new ArrayList<>();
        for (Event e : analysis.events()) {
            types.add(e.frame().plover());
            had.add(e.frame().plover() + " " + e.frame().cameo() + " '" + e.frame().trigger().text() + "' (event, "
                    + e.modality() + ")");
        }
        for (Claim c : analysis.claims()) {
            types.add(c.plover());
            had.add(c.plover() + " " + c.cameo() + " '" + c.text() + "' (claim)");
        }
        boolean hit = types.contains(type);
        if (!hit) {
            misses.add(new EventMiss(gold.document().id(), gold.event(), had, gold.document().text()));
        }
        records++;
        found += hit ? 1 : 0;
        emitted += types.size();
        emittedRight += (int) types.stream().filter(type::equals).count();
        int[] row = perType.computeIfAbsent(gold.event(), k -> new int[2]);
        row[0]++;
        row[1] += hit ? 1 : 0;
    }

    /** Every gold sentence whose type was not found, in the order added. */
    public List<EventMiss> misses() {
        return List.copyOf(misses);
    }

    public EventReport report() {
        List<EventReport.TypeRow> rows = new ArrayList<>();
        perType.forEach((type, row) -> rows.add(new EventReport.TypeRow(type, new Share(row[1], row[0]))));
        return new EventReport(records, new Share(found, records), new Share(emittedRight, emitted), rows);
    }
}
