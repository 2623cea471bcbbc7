package org.claimgraph.nlp;

import java.util.Set;

/**
 * Puts back a participle phrase the parser read as its noun's predicate. In "A witness
 * interviewed by the committee said …" and "A copy of the memo seen by the Post said …" the parser
 * makes the noun the subject of the participle, and the finite verb after it either the head of
 * that participle (a "csubj") or hangs it on the participle. A past participle without an auxiliary
 * is no predicate: the noun becomes the subject of the finite verb, and the participle an "acl" of
 * the noun. Stateless.
 */
final class ReducedRelatives {

    /** Relations under which the parser hangs the real predicate on the participle. */
    private static final Set<String> PREDICATE_BELOW = Set.of("dep", "parataxis", "ccomp");

    private ReducedRelatives() {
    }

    /** {@code reading} with each participle read as its noun's predicate put back as the noun's modifier. */
    static Reading repair(Reading reading) {
        int[] head = reading.parse().head();
        String[] relation = reading.parse().relation();
        boolean changed = false;
        for (int participle = 1; participle < head.length; participle++) {
            int noun = subjectBefore(reading, head, relation, participle);
            if (noun < 0) {
                continue;
            }
            int verb = predicate(reading, head, relation, participle);
            if (verb < 0) {
                continue;
            }
            if (!changed) { // most sentences have none: copy the parse only for the first change
                head = head.clone();
                relation = relation.clone();
                changed = true;
            }
            if (head[verb] == participle) {
                head[verb] = head[participle]; // "… seen by the Post said …": "said" hung on "seen"
                relation[verb] = relation[participle];
            }
            head[noun] = verb;
            relation[noun] = "nsubj";
            head[participle] = noun;
            relation[participle] = "acl";
        }
        return !changed ? reading
                : new Reading(reading.words(), reading.tags(), reading.lemmas(),
                        new DependencyParser.Parse(head, relation));
    }

    /** The subject the parser gave the bare past participle {@code p} (no auxiliary), or -1. */
    private static int subjectBefore(Reading r, int[] head, String[] relation, int p) {
        if (!r.tags().get(p).equals("VBN")) {
            return -1;
        }
        int subject = -1;
        for (int i = 0; i < head.length; i++) {
            if (head[i] != p) {
                continue;
            }
            if (relation[i].startsWith("aux") || relation[i].equals("cop")) {
                return -1;
            }
            if (relation[i].equals("nsubj") && i < p && r.tags().get(i).startsWith("NN") && phraseUpTo(head, i, p)) {
                subject = i;
            }
        }
        return subject;
    }

    /**
     * Whether every token between {@code noun} and {@code p} belongs to the noun's phrase: a
     * participle that follows its noun phrase at once ("a copy of the memo seen by …"), not a past
     * tense read as a participle after an adverb of its own ("Members of the board long ago soured").
     */
    private static boolean phraseUpTo(int[] head, int noun, int p) {
        for (int i = noun + 1; i < p; i++) {
            if (!ReportedClauses.dominates(head, noun, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The finite verb after participle {@code p} that is the sentence's real predicate: its head,
     * when the parser made {@code p} a clausal subject, or its dependent; without a subject of its
     * own. Or -1.
     */
    private static int predicate(Reading r, int[] head, String[] relation, int p) {
        int verb = -1;
        if (relation[p].equals("csubj") && head[p] > p) {
            verb = head[p];
        } else {
            for (int i = p + 1; i < head.length && verb < 0; i++) {
                if (head[i] == p && PREDICATE_BELOW.contains(relation[i])) {
                    verb = i;
                }
            }
        }
        if (verb < 0 || !SubjectParentheticals.FINITE.contains(r.tags().get(verb))) {
            return -1;
        }
        for (int i = 0; i < head.length; i++) {
            if (head[i] == verb && relation[i].startsWith("nsubj")) {
                return -1;
            }
        }
        return verb;
    }
}
