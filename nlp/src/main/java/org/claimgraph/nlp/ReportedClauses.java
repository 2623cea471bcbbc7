package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Second readings of sentences where the parser missed the clause a reporting verb introduces
 * without "that". The parser reads "Dalen said the expansion of the program was a continuation …"
 * as "said the expansion", with "continuation" the root, and "Critics who say the tariff hurts
 * farmers" as "say the tariff": garden paths that "that" would have closed. (Where the tagger
 * itself goes astray, "said her plan addresses the deficit" with "addresses" a plural noun, "that"
 * does not help.) For a verb that {@link ParsePolicy#reportsClause
 * reports a clause} and got none, the sentence is tagged and parsed again with "that" after the verb
 * (after its listener for a verb of telling: "told the AP his firm worked"); the second reading is
 * kept when the verb then has a clausal complement marked by that "that", and the "that" is dropped
 * from it again. Where "that" changes nothing, the verb keeps its first reading.
 * Stateless.
 */
final class ReportedClauses {

    /** Verbs whose listener comes before the clause: "told reporters (that) …". */
    private static final Set<String> TELLING = Set.of("tell", "assure", "remind", "inform", "warn", "notify",
            "advise", "promise", "convince", "persuade", "teach", "show");
    /** Relations of a verb's dependent that already make a clause it reports. */
    private static final Set<String> CLAUSAL = Set.of("ccomp", "parataxis", "xcomp", "csubj");
    /** Words that cannot open a reported clause: the verb's content is elsewhere, or already marked. */
    private static final Set<String> NOT_OPENING = Set.of(".", ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH",
            "IN", "TO", "WDT", "WP", "WRB", "CC", "MD", "VBD", "VBZ", "VBP", "VBN", "VB", "RP", "POS", "RB");

    /** Tags that end a clause's subject (a comma only when it has no partner). */
    private static final Set<String> BREAKS = Set.of(":", "HYPH", "-LRB-", "-RRB-");

    private ReportedClauses() {
    }

    /**
     * The sentence with each reporting verb that lacks its clause read again, left to right, or
     * {@code reading} itself when no second reading is kept.
     */
    static Reading repair(Reading reading, ParsePolicy policy, Reading.Tagger tagger, DependencyParser parser) {
        Reading current = reading;
        for (int verb = 0; verb < current.words().size(); verb++) {
            int insertAt = insertionPoint(current, verb, policy);
            if (insertAt < 0) {
                continue;
            }
            Reading second = readWithThat(current, insertAt, tagger, parser);
            if (opensClause(second, insertAt, verb) && staysInRelativeClause(current, second, verb, insertAt)) {
                current = withoutWord(second, insertAt);
            }
        }
        return current;
    }

    /**
     * Whether "that" at {@code that} marks a clause the verb reports: the complement of the verb,
     * headed by a verb or a copula's predicate, its subject with no colon, dash or bracket in it and
     * commas only in pairs ("the project, which costs $3 million, was"). One comma there means the
     * parser joined two clauses: "once he has said his piece, he is ready".
     */
    private static boolean opensClause(Reading r, int that, int verb) {
        int[] head = r.parse().head();
        String[] relation = r.parse().relation();
        int clause = head[that];
        if (!"mark".equals(relation[that]) || clause <= that || head[clause] != verb || !"ccomp".equals(relation[clause])) {
            return false;
        }
        int commas = 0;
        for (int i = that + 1; i < clause; i++) {
            if (r.tags().get(i).equals(",")) {
                commas++;
            } else if (BREAKS.contains(r.tags().get(i))) {
                return false;
            }
        }
        if (commas % 2 == 1) {
            return false;
        }
        if (r.tags().get(clause).startsWith("VB") || r.tags().get(clause).equals("MD")) {
            return true;
        }
        for (int i = that + 1; i < clause; i++) {
            if (head[i] == clause && relation[i].equals("cop")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause "that" opens in {@code second} ends where the first reading's relative
     * clause of {@code verb} ended, if the verb headed one that a comma closed: in "Lind, who says
     * the navy should act, wrote that …" a second reading that runs the clause on over "wrote" has
     * lost the sentence's main verb. (Without the comma the first reading is the one to doubt:
     * "Lind, who said the council's goal was to remove Dahl".)
     */
    private static boolean staysInRelativeClause(Reading first, Reading second, int verb, int that) {
        int relativeEnd = subtreeEnd(first.parse().head(), verb, verb) - 1;
        if (!"acl:relcl".equals(first.parse().relation()[verb]) || relativeEnd + 1 >= first.words().size()
                || !first.words().get(relativeEnd + 1).equals(",")) {
            return true;
        }
        int[] head = second.parse().head();
        return subtreeEnd(head, that, head[that]) - 2 <= relativeEnd; // less the "that" it holds
    }

    /**
     * Where "that" would go for {@code verb} to report a clause, or -1 when the verb is no
     * reporting verb, has its clause, has its subject after it ("said Lee") or is not followed by
     * a word that can open a clause.
     */
    private static int insertionPoint(Reading r, int verb, ParsePolicy policy) {
        if (!r.tags().get(verb).startsWith("VB") || !policy.reportsClause(r.lemmas().get(verb))) {
            return -1;
        }
        int[] head = r.parse().head();
        String[] relation = r.parse().relation();
        int listenerEnd = verb + 1;
        for (int i = 0; i < head.length; i++) {
            if (head[i] != verb) {
                continue;
            }
            if (CLAUSAL.contains(relation[i]) || relation[i].startsWith("nsubj") && i > verb) {
                return -1;
            }
            if ((relation[i].equals("obj") || relation[i].equals("iobj")) && TELLING.contains(r.lemmas().get(verb))
                    && listenerEnd == verb + 1 && subtreeEnd(head, verb + 1, i) > i) {
                listenerEnd = subtreeEnd(head, i, i);
            }
        }
        if (listenerEnd >= r.words().size() || NOT_OPENING.contains(r.tags().get(listenerEnd))
                || TimeWords.isTimeWord(r.words().get(listenerEnd))) {
            return -1;
        }
        return listenerEnd;
    }

    /** One past the last of the tokens from {@code from} on that {@code node} dominates without a gap. */
    private static int subtreeEnd(int[] head, int from, int node) {
        int end = from;
        while (end < head.length && dominates(head, node, end)) {
            end++;
        }
        return end;
    }

    /** Whether {@code ancestor} is {@code node} or one of its heads. */
    static boolean dominates(int[] head, int ancestor, int node) {
        for (int i = node; i >= 0; i = head[i]) {
            if (i == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static Reading readWithThat(Reading r, int at, Reading.Tagger tagger, DependencyParser parser) {
        List<String> words = new ArrayList<>(r.words());
        words.add(at, "that");
        Reading.Tagged tagged = tagger.tag(words);
        return new Reading(words, tagged.tags(), tagged.lemmas(), parser.parse(words, tagged.tags()));
    }

    /** The reading without token {@code that}; its dependents hang on its head. */
    private static Reading withoutWord(Reading r, int that) {
        int n = r.words().size() - 1;
        int[] head = new int[n];
        String[] relation = new String[n];
        int[] oldHead = r.parse().head();
        for (int i = 0, j = 0; i <= n; i++) {
            if (i == that) {
                continue;
            }
            int h = oldHead[i] == that ? oldHead[that] : oldHead[i];
            head[j] = h > that ? h - 1 : h;
            relation[j] = r.parse().relation()[i];
            j++;
        }
        return new Reading(without(r.words(), that), without(r.tags(), that), without(r.lemmas(), that),
                new DependencyParser.Parse(head, relation));
    }

    private static List<String> without(List<String> list, int index) {
        List<String> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }
}
