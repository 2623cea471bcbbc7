package org.claimgraph.extract.frames;

import org.claimgraph.nlp.AnnotatedText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the parts of a verb's clause from the dependency parse: its subject, object, the phrases
 * that may name its target, negation and intention. Works on parsed sentences only. Stateless.
 */
final class ClauseReader {

    /** Prepositions that introduce the one an action is done to: "to Russia", "with China", "in Pyongyang". */
    private static final Set<String> TARGET_CASES = Set.of("to", "with", "against", "into", "toward",
            "towards", "on", "upon", "from", "between");
    /** "in" and "at" name a target only after a verb of arriving ("arrived in Pyongyang"); else a place ("meet in Copenhagen"). */
    private static final Set<String> PLACE_CASES = Set.of("in", "at");
    private static final Set<String> ARRIVALS = Set.of("arrive", "land", "visit", "stay", "travel");
    /** Relations through which a verb without a subject takes the subject of the word it hangs on. */
    private static final Set<String> CLIMB = Set.of("xcomp", "conj", "advcl", "acl", "amod", "dep", "obl", "obj", "nmod");
    /** Relations that make the governing verb's object the subject: "accused North Korea of providing". */
    private static final Set<String> OBJECT_CONTROL = Set.of("acl", "amod");
    /** Verbs whose passive form says what its subject does: "forces were engaged in", "Israel is opposed to". */
    private static final Set<String> STATIVE_PASSIVES = Set.of("engage", "involve", "oppose", "commit");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "would");
    /** Verbs and nouns that make the verb they govern an intention: "plans to visit", "his resolve to carry out". */
    private static final Set<String> INTENT_WORDS = Set.of("plan", "intend", "pledge", "promise", "vow", "agree",
            "decide", "want", "seek", "aim", "hope", "expect", "offer", "propose", "resolve", "support", "prepare",
            "threaten", "commit", "intention", "commitment", "readiness", "willingness", "determination", "desire",
            "ready", "willing", "determined", "set", "prepared", "swear");

    private ClauseReader() {
    }

    static boolean isVerb(AnnotatedText t, int token) {
        return t.pos(token).startsWith("VB");
    }

    /** The token and its conjuncts: "North Korea and China". */
    static List<Integer> withConjuncts(AnnotatedText t, int token) {
        List<Integer> all = new ArrayList<>();
        all.add(token);
        for (int c : t.children(token)) {
            if ("conj".equals(t.relation(c))) {
                all.add(c);
            }
        }
        return all;
    }

    /**
     * The heads of the phrase that does the action: the verb's subject, the agent of a passive, or,
     * for a verb without either, the subject (or, for "accused X of providing", the object) of the
     * word it hangs on, at most four steps up. Empty when none is found.
     */
    static List<Integer> subjects(AnnotatedText t, int verb) {
        if ("amod".equals(t.relation(verb)) && t.pos(verb).equals("VBN")) {
            return List.of(); // "the banned movement": a participle before a noun is passive, its doer unnamed
        }
        int cur = verb;
        boolean objectControl = false;
        boolean viaXcomp = false;
        for (int step = 0; step < 5; step++) {
            int subject = t.child(cur, "nsubj");
            if (objectControl && t.child(cur, "obj") >= 0) {
                return withConjuncts(t, t.child(cur, "obj"));
            }
            if (subject >= 0) {
                return withConjuncts(t, subject);
            }
            int agent = agent(t, cur);
            if (agent >= 0) {
                return withConjuncts(t, agent);
            }
            if ((viaXcomp || step == 0 && STATIVE_PASSIVES.contains(t.lemma(cur).toLowerCase()))
                    && t.child(cur, "nsubj:pass") >= 0) {
                // "Egypt is prepared to lift the curfew": the passive's subject does the complement
                return withConjuncts(t, t.child(cur, "nsubj:pass"));
            }
            String rel = t.relation(cur);
            int head = t.head(cur);
            if (head < 0 || rel == null || !CLIMB.contains(rel)) {
                return List.of();
            }
            objectControl |= OBJECT_CONTROL.contains(rel) || rel.equals("advcl") && hasWord(t, cur, "of");
            viaXcomp = rel.equals("xcomp");
            cur = head;
        }
        return List.of();
    }

    /** The agent of a passive verb ("by X"), or -1. */
    private static int agent(AnnotatedText t, int verb) {
        if (t.child(verb, "nsubj:pass") < 0) {
            return -1;
        }
        for (int c : t.children(verb)) {
            if (t.relation(c).startsWith("obl") && hasWord(t, c, "by")) {
                return c;
            }
        }
        return -1;
    }

    /** Whether a direct dependent of {@code token} has lemma {@code lemma} ("of", "by"). */
    static boolean hasWord(AnnotatedText t, int token, String lemma) {
        for (int c : t.children(token)) {
            if (t.lemma(c).equalsIgnoreCase(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** The verb's object: its direct object or passive subject; for a verb modifying a noun, that noun; or -1. */
    static int object(AnnotatedText t, int verb) {
        int obj = t.child(verb, "obj");
        if (obj < 0 && !STATIVE_PASSIVES.contains(t.lemma(verb).toLowerCase())) {
            obj = t.child(verb, "nsubj:pass");
        }
        if (obj < 0 && OBJECT_CONTROL.contains(t.relation(verb)) && t.head(verb) >= 0
                && !isVerb(t, t.head(verb))) {
            obj = t.head(verb);
        }
        return obj >= 0 || t.child(verb, "nsubj") >= 0 ? obj : reducedRelativeObject(t, verb);
    }

    /**
     * The noun a reduced relative clause without its own parse describes: "weapons [North Korean]
     * provided" — a noun right before up to three name words right before the verb; or -1.
     */
    private static int reducedRelativeObject(AnnotatedText t, int verb) {
        int first = t.sentenceOf(verb).firstToken();
        int i = verb - 1;
        while (i >= first && i > verb - 4 && (t.pos(i).startsWith("NNP") || t.pos(i).equals("JJ"))) {
            i--;
        }
        return i >= first && i < verb - 1 && (t.pos(i).equals("NN") || t.pos(i).equals("NNS")) ? i : -1;
    }

    /**
     * The lemmas an action's object constraint is matched against: the object phrase, the
     * prepositions of the verb's prepositional phrases, and those phrases whole when there is no object.
     */
    static Set<String> objectLemmas(AnnotatedText t, int verb) {
        Set<String> lemmas = new HashSet<>();
        int obj = object(t, verb);
        if (obj >= 0) {
            addSubtree(t, obj, lemmas);
        }
        for (int c : t.children(verb)) {
            if (t.relation(c).startsWith("obl")) {
                if (obj < 0) {
                    addSubtree(t, c, lemmas);
                } else {
                    for (int cc : t.children(c)) {
                        if ("case".equals(t.relation(cc))) {
                            lemmas.add(t.lemma(cc).toLowerCase());
                        }
                    }
                }
            }
        }
        return lemmas;
    }

    private static void addSubtree(AnnotatedText t, int head, Set<String> lemmas) {
        for (int i = t.subtreeFirst(head); i <= t.subtreeLast(head); i++) {
            String lemma = t.lemma(i).toLowerCase();
            lemmas.add(lemma);
            if (t.pos(i).equals("NNS") && lemma.length() > 3 && lemma.endsWith("s")) {
                // the lemmatizer sometimes leaves a plural as it is ("its troops" → "troops")
                lemmas.add(lemma.substring(0, lemma.length() - 1));
            }
        }
    }

    /**
     * Phrases that may name the target, in order of preference, each a list of heads: the object;
     * the verb's prepositional phrases ("to Russia"); the object's ("talks with North Korea"); the
     * object's possessor or compound ("North Korea's support", "U.S. claims"); for a verb modifying a
     * noun, the prepositional phrases of the verb that noun hangs on ("accused X of providing
     * ammunition … to Russia"). The caller takes the first group that names an actor.
     */
    static List<List<Integer>> targetCandidates(AnnotatedText t, int verb) {
        List<List<Integer>> groups = new ArrayList<>();
        int obj = object(t, verb);
        if (obj >= 0 && obj != t.head(verb)) {
            groups.add(withConjuncts(t, obj));
        }
        groups.add(prepositional(t, verb));
        if (obj >= 0) {
            groups.add(prepositional(t, obj));
            List<Integer> owners = new ArrayList<>();
            for (int c : t.children(obj)) {
                if ("nmod:poss".equals(t.relation(c)) || "compound".equals(t.relation(c))) {
                    owners.addAll(withConjuncts(t, c));
                }
            }
            groups.add(owners);
        }
        if (obj >= 0 && obj == t.head(verb) && t.head(obj) >= 0) {
            groups.add(prepositional(t, t.head(obj)));
        }
        return groups;
    }

    /** Heads (with conjuncts) of the token's prepositional dependents whose preposition may introduce a target. */
    private static List<Integer> prepositional(AnnotatedText t, int token) {
        List<Integer> heads = new ArrayList<>();
        for (int c : t.children(token)) {
            String rel = t.relation(c);
            if ((rel.startsWith("obl") || rel.equals("nmod")) && hasCase(t, c, ARRIVALS.contains(t.lemma(token)))) {
                heads.addAll(withConjuncts(t, c));
            }
        }
        return heads;
    }

    private static boolean hasCase(AnnotatedText t, int token, boolean arrival) {
        for (int c : t.children(token)) {
            String preposition = t.lemma(c).toLowerCase();
            if ("case".equals(t.relation(c))
                    && (TARGET_CASES.contains(preposition) || arrival && PLACE_CASES.contains(preposition))) {
                return true;
            }
        }
        return false;
    }

    /** Tokens where the verb's target may be named when no phrase of its own names one: its object and any parataxis. */
    static List<int[]> targetFallbackRanges(AnnotatedText t, int verb) {
        List<int[]> ranges = new ArrayList<>();
        int obj = object(t, verb);
        if (obj >= 0 && obj != t.head(verb)) {
            ranges.add(new int[] {t.subtreeFirst(obj), t.subtreeLast(obj)});
        }
        for (int c : t.children(verb)) {
            if ("parataxis".equals(t.relation(c))) {
                ranges.add(new int[] {t.subtreeFirst(c), t.subtreeLast(c)});
            }
        }
        return ranges;
    }

    /**
     * Whether the verb is put as an intention: a future auxiliary ("will visit"), or it is the
     * complement of an intent word ("pledged to", "supports holding", "plan to visit") or of a verb
     * whose object is one ("expressed his resolve to carry out").
     */
    static boolean intended(AnnotatedText t, int verb) {
        for (int c : t.children(verb)) {
            if ("aux".equals(t.relation(c)) && FUTURE.contains(t.lemma(c).toLowerCase())) {
                return true;
            }
        }
        String rel = t.relation(verb);
        int head = t.head(verb);
        if (head < 0 || !(rel.equals("xcomp") || rel.equals("acl") || rel.equals("ccomp"))) {
            return false;
        }
        if (INTENT_WORDS.contains(t.lemma(head).toLowerCase())) {
            return true;
        }
        int obj = t.child(head, "obj");
        return obj >= 0 && INTENT_WORDS.contains(t.lemma(obj).toLowerCase());
    }

    /** Whether the verb has a condition introduced by "unless": "will withdraw its troops unless …". */
    static boolean unless(AnnotatedText t, int verb) {
        for (int c : t.children(verb)) {
            if ("advcl".equals(t.relation(c)) && hasWord(t, c, "unless")) {
                return true;
            }
        }
        return false;
    }

    /** The verb a token's clause belongs to: the nearest verb at or above it, or -1. */
    static int clauseVerb(AnnotatedText t, int token) {
        int cur = token;
        for (int step = 0; cur >= 0 && step < 12; step++) {
            if (isVerb(t, cur)) {
                return cur;
            }
            cur = t.head(cur);
        }
        return -1;
    }
}
