package org.claimgraph.extract.frames;

import org.claimgraph.extract.DataFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The verb patterns of {@code actions.tsv} and their CAMEO codes. Immutable and thread-safe; load
 * once with {@link #load(CameoCodes)}, which checks every code against {@code cameo.tsv}.
 */
public final class ActionLexicon {

    /** Entries by the lemma they start with, longest pattern first, then in file order. */
    private final Map<String, List<Action>> byFirst;

    private ActionLexicon(Map<String, List<Action>> byFirst) {
        this.byFirst = Map.copyOf(byFirst);
    }

    public static ActionLexicon load(CameoCodes codes) {
        Map<String, Set<String>> sets = new HashMap<>();
        Map<String, List<Action>> byFirst = new HashMap<>();
        for (DataFile.Row row : DataFile.read(ActionLexicon.class, "actions.tsv", 3)) {
            String pattern = row.column(0);
            if (pattern.startsWith("@")) {
                if (sets.put(pattern, words(row, row.column(1), sets)) != null) {
                    throw row.error("word set " + pattern + " is defined twice");
                }
                continue;
            }
            if (codes.find(row.column(2)).isEmpty()) {
                throw row.error("CAMEO code \"" + row.column(2) + "\" is not listed in cameo.tsv");
            }
            Set<String> object = row.column(1).equals("-") ? Set.of() : words(row, row.column(1), sets);
            Action action = new Action(List.of(pattern.split(" +")), object, row.column(2));
            byFirst.computeIfAbsent(action.lemmas().get(0), k -> new ArrayList<>()).add(action);
        }
        // stable sort: longest pattern first, file order among equals
        byFirst.values().forEach(list -> list.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
        return new ActionLexicon(byFirst);
    }

    private static Set<String> words(DataFile.Row row, String column, Map<String, Set<String>> sets) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : column.split("\\|")) {
            if (w.startsWith("@")) {
                Set<String> set = sets.get(w);
                if (set == null) {
                    throw row.error("word set " + w + " is not defined above this line");
                }
                words.addAll(set);
            } else if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * The entries whose pattern starts at {@code from} in {@code lemmas}: all of the longest
     * matching length, in file order (the caller picks the first whose object fits).
     */
    public List<Action> candidatesAt(List<String> lemmas, int from) {
        List<Action> found = new ArrayList<>();
        for (Action a : byFirst.getOrDefault(lemmas.get(from), List.of())) {
            int n = a.lemmas().size();
            if (!found.isEmpty() && n < found.get(0).lemmas().size()) {
                break;
            }
            if (from + n <= lemmas.size() && lemmas.subList(from, from + n).equals(a.lemmas())) {
                found.add(a);
            }
        }
        return found;
    }

    /**
     * Whether a verb (tag VB…) of this sentence starts an action pattern: the cascade's test for
     * running the parser on a sentence with no reporting cue.
     */
    public boolean anyActionIn(List<String> lemmas, List<String> tags) {
        for (int i = 0; i < lemmas.size(); i++) {
            if (tags.get(i).startsWith("VB") && !candidatesAt(lemmas, i).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
