package org.claimgraph.extract.frames;

import org.claimgraph.extract.DataFile;
import org.claimgraph.model.EvidenceKind;
import org.claimgraph.model.Span;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds evidence offered for a claim: a verb of {@code evidence.tsv} ("released", "published") whose
 * object is an evidence noun ("images", "documents"), offered by the verb's subject. The span runs
 * from the verb to the end of the object phrase, so "released images that it said showed …" keeps
 * what the evidence is said to show. Immutable and thread-safe; load once with {@link #load()}.
 */
public final class EvidenceFinder {

    private final Set<String> verbs;
    private final Map<String, EvidenceKind> nouns;

    private EvidenceFinder(Set<String> verbs, Map<String, EvidenceKind> nouns) {
        this.verbs = Set.copyOf(verbs);
        this.nouns = Map.copyOf(nouns);
    }

    public static EvidenceFinder load() {
        Set<String> verbs = new HashSet<>();
        Map<String, EvidenceKind> nouns = new HashMap<>();
        for (DataFile.Row row : DataFile.read(EvidenceFinder.class, "evidence.tsv", 2)) {
            if (row.column(1).equals("VERB")) {
                verbs.add(row.column(0));
                continue;
            }
            try {
                nouns.put(row.column(0), EvidenceKind.valueOf(row.column(1)));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown kind \"" + row.column(1) + "\" (expected VERB or one of "
                        + List.of(EvidenceKind.values()) + ")");
            }
        }
        return new EvidenceFinder(verbs, nouns);
    }

    List<FoundEvidence> find(AnnotatedText t, ActorResolver resolver) {
        List<FoundEvidence> found = new ArrayList<>();
        for (Sentence s : t.sentences()) {
            if (!s.parsed()) {
                continue;
            }
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (!ClauseReader.isVerb(t, i) || !verbs.contains(t.lemma(i).toLowerCase())) {
                    continue;
                }
                int obj = t.child(i, "obj");
                EvidenceKind kind = obj < 0 ? null : nouns.get(t.lemma(obj).toLowerCase());
                if (kind == null) {
                    continue;
                }
                Optional<String> by = ClauseReader.subjects(t, i).stream().map(resolver::actorAt)
                        .flatMap(Optional::stream).findFirst();
                if (by.isPresent()) {
                    int end = Math.max(t.subtreeLast(obj), lastOfObjectClause(t, i, obj));
                    found.add(new FoundEvidence(kind, by.get(), Span.of(t.text(), t.begin(i), t.end(end))));
                }
            }
        }
        return found;
    }

    /** The parser often hangs "that it said showed …" on the verb, not the noun: keep it with the evidence. */
    private static int lastOfObjectClause(AnnotatedText t, int verb, int obj) {
        int last = t.subtreeLast(obj);
        for (int c : t.children(verb)) {
            if (c == last + 1 && "ccomp".equals(t.relation(c)) || c > obj && "ccomp".equals(t.relation(c))
                    && t.subtreeFirst(c) == last + 1) {
                last = t.subtreeLast(c);
            }
        }
        return last;
    }
}
