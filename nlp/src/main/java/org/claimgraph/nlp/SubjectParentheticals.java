package org.claimgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Second readings of sentences whose subject carries parentheticals the parser lost the thread in.
 * "Lind, a spokeswoman for the council, said on Friday that …" and "Dahl, who chairs the
 * committee, declined to comment" come back with the verb after the last comma left without a
 * subject, and the subject read as a clause of the verb's ("Lind" its complement) or the verb as
 * the subject of what follows. Such a sentence is parsed again without the parentheticals ("Lind
 * said on Friday that …"); when the verb then has the subject, that reading is kept and the
 * parentheticals hang on the subject's head again, with the parse the first reading gave them.
 * Stateless.
 */
final class SubjectParentheticals {

    /** Finite verb tags: a participle after a comma ("…, saying …") is an adjunct, not a predicate. */
    static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** Tags that open an appositive ("a spokeswoman for …", "the council's chair", "62"). */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("DT", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "PRP$", "-LRB-");
    /** Tags that open a relative clause ("who chairs …", "whose boat …", "which …"). */
    private static final Set<String> RELATIVE_OPENERS = Set.of("WP", "WDT", "WP$");
    /** Tags that open a participle phrase ("wearing a cap", "elected in 2019"). */
    private static final Set<String> PARTICIPLE_OPENERS = Set.of("VBG", "VBN");

    private SubjectParentheticals() {
    }

    /**
     * The sentence read again without the parentheticals of its subject, or {@code reading} itself
     * when it has none the parser lost a verb's subject to, or the second reading does not give the
     * verb its subject either.
     */
    static Reading repair(Reading reading, Reading.Tagger tagger, DependencyParser parser) {
        List<String> tags = reading.tags();
        int start = tags.size() > 2 && tags.get(0).startsWith("RB") && reading.words().get(1).equals(",") ? 2 : 0;
        List<Integer> commas = new ArrayList<>();
        for (int i = start; i < tags.size(); i++) {
            if (reading.words().get(i).equals(",")) {
                commas.add(i);
                continue;
            }
            if (i > start && FINITE.contains(tags.get(i)) && reading.words().get(i - 1).equals(",")) {
                boolean lost = commas.size() >= 2 && lostSubject(reading, i, commas.get(0))
                        && subjectWithParentheticals(reading, start, commas);
                return lost ? readWithout(reading, commas.get(0), i, tagger, parser) : reading;
            }
            if (commas.isEmpty() && predicate(tags.get(i))) {
                return reading; // the sentence's subject has its verb before any comma
            }
        }
        return reading;
    }

    /**
     * Whether {@code verb} has no subject, or one among the parentheticals after {@code comma}
     * ("Tad Dahl, a senior adviser to the mayor, said": "adviser" read as the subject).
     */
    private static boolean lostSubject(Reading r, int verb, int comma) {
        int[] head = r.parse().head();
        for (int i = 0; i < head.length; i++) {
            if (head[i] == verb && r.parse().relation()[i].startsWith("nsubj") && (i < comma || i > verb)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code start} up to the first comma is a noun phrase without a predicate and each stretch
     * between the commas after it is an appositive, a relative clause or a participle phrase.
     */
    private static boolean subjectWithParentheticals(Reading r, int start, List<Integer> commas) {
        List<String> tags = r.tags();
        if (PARTICIPLE_OPENERS.contains(tags.get(start)) || tags.get(start).equals("TO")) {
            return false; // "Appearing before the crowd, Lind, 70, said": an adjunct, not the subject
        }
        boolean noun = false;
        for (int i = start; i < commas.get(0); i++) {
            if (predicate(tags.get(i)) || tags.get(i).equals(":")) {
                return false;
            }
            noun |= tags.get(i).startsWith("NN") || tags.get(i).equals("PRP");
        }
        if (!noun) {
            return false;
        }
        for (int k = 0; k + 1 < commas.size(); k++) {
            int first = commas.get(k) + 1;
            int last = commas.get(k + 1) - 1;
            if (first > last) {
                return false;
            }
            String opener = tags.get(first);
            if (!RELATIVE_OPENERS.contains(opener) && !PARTICIPLE_OPENERS.contains(opener)
                    && !(APPOSITIVE_OPENERS.contains(opener) && !predicateOfItsOwn(tags, first, last))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word with this tag makes a predicate; a participle may modify a noun ("the tracking poll"). */
    private static boolean predicate(String tag) {
        return FINITE.contains(tag) || tag.equals("VB") || tag.equals("MD");
    }

    /**
     * Whether {@code first..last} holds a finite verb that no relative pronoun before it opens a
     * clause for: "a former minister who is a harsh critic of the mayor" is an appositive.
     */
    private static boolean predicateOfItsOwn(List<String> tags, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (RELATIVE_OPENERS.contains(tags.get(i))) {
                return false;
            }
            if (FINITE.contains(tags.get(i)) || tags.get(i).equals("MD")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Parses the sentence without tokens {@code from..verb-1} (the parentheticals with their
     * commas); keeps that reading when the verb has its subject there.
     */
    private static Reading readWithout(Reading r, int from, int verb, Reading.Tagger tagger, DependencyParser parser) {
        int gap = verb - from;
        List<String> words = new ArrayList<>(r.words().subList(0, from));
        words.addAll(r.words().subList(verb, r.words().size()));
        Reading.Tagged tagged = tagger.tag(words);
        if (!FINITE.contains(tagged.tags().get(from))) {
            return r;
        }
        DependencyParser.Parse shortParse = parser.parse(words, tagged.tags());
        int subject = -1;
        for (int i = 0; i < from; i++) {
            if (shortParse.head()[i] == from && shortParse.relation()[i].startsWith("nsubj")) {
                subject = i;
            }
        }
        if (subject < 0) {
            return r;
        }
        int n = r.words().size();
        int[] head = new int[n];
        String[] relation = new String[n];
        List<String> tags = new ArrayList<>(r.tags());
        List<String> lemmas = new ArrayList<>(r.lemmas());
        for (int j = 0; j < words.size(); j++) {
            int i = j < from ? j : j + gap;
            int h = shortParse.head()[j];
            head[i] = h < from ? h : h + gap;
            relation[i] = shortParse.relation()[j];
            tags.set(i, tagged.tags().get(j));
            lemmas.set(i, tagged.lemmas().get(j));
        }
        hangParentheticals(r, from, verb, subject, head, relation);
        return new Reading(r.words(), tags, lemmas, new DependencyParser.Parse(head, relation));
    }

    /**
     * Gives tokens {@code from..verb-1} their first reading inside each stretch between commas, and
     * hangs each stretch on {@code subject}, a relative clause as "acl:relcl", anything else as an
     * appositive; or, a participle phrase, on the verb as "advcl", as Universal Dependencies does;
     * each comma on the stretch it opens or closes. Where the first reading tore a stretch apart
     * ("who" the object of the main verb), its words that hung outside it hang on its head: the
     * relative pronoun as the subject, any other as "dep".
     */
    private static void hangParentheticals(Reading r, int from, int verb, int subject, int[] head, String[] relation) {
        int first = from + 1;
        for (int comma = first; comma <= verb - 1; comma++) {
            if (r.words().get(comma).equals(",")) {
                hangStretch(r, first, comma - 1, verb, subject, head, relation);
                head[first - 1] = head[comma] = stretchHead(head, first, comma - 1);
                relation[first - 1] = relation[comma] = "punct";
                first = comma + 1;
            }
        }
    }

    private static void hangStretch(Reading r, int first, int last, int verb, int subject,
                                    int[] head, String[] relation) {
        String opener = r.tags().get(first);
        boolean relative = RELATIVE_OPENERS.contains(opener);
        boolean participle = PARTICIPLE_OPENERS.contains(opener);
        int root = -1;
        for (int i = first; i <= last; i++) {
            int h = r.parse().head()[i];
            boolean inside = h >= first && h <= last;
            head[i] = inside ? h : OUTSIDE;
            relation[i] = r.parse().relation()[i];
            boolean verbal = r.tags().get(i).startsWith("VB");
            if (!inside && (root < 0 || (relative || participle) && verbal && !r.tags().get(root).startsWith("VB"))) {
                root = i;
            }
        }
        for (int i = first; i <= last; i++) {
            if (i == root) {
                head[i] = participle ? verb : subject;
                relation[i] = participle ? "advcl" : relative ? "acl:relcl" : "appos";
            } else if (head[i] == OUTSIDE) {
                head[i] = root;
                relation[i] = relative && i == first && !opener.equals("WP$") ? "nsubj" : "dep";
            }
        }
    }

    private static final int OUTSIDE = -2;

    /** The token of {@code first..last} that hangs outside it. */
    private static int stretchHead(int[] head, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (head[i] < first || head[i] > last) {
                return i;
            }
        }
        return first;
    }
}
