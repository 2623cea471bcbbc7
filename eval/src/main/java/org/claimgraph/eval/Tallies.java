package org.claimgraph.eval;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts of keys, read back most frequent first (ties alphabetically). Not thread-safe. */
final class Tallies {

    private final Map<String, Integer> counts = new HashMap<>();

    void add(String key) {
        counts.merge(key, 1, Integer::sum);
    }

    /** The {@code limit} most frequent keys. */
    List<Tally> top(int limit) {
        return counts.entrySet().stream()
                .map(e -> new Tally(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(Tally::count).reversed().thenComparing(Tally::key))
                .limit(limit)
                .toList();
    }
}
