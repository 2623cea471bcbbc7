package org.claimgraph.extract.statements;

import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Sentence;

import java.util.Locale;
import java.util.Set;

/**
 * Where a cue's source is: the subject of the cue or of the verb it hangs on, a passive agent, and
 * the source phrase as the text gives it. Stateless.
 */
final class SourceFinder {

    private static final Set<String> SUBJECT_FROM_HEAD = Set.of("conj", "advcl", "xcomp", "dep");
    /** Prepositions of a phrase beside a speaker that tells when or where, not who: "said Lind, on her first day". */
    private static final Set<String> CIRCUMSTANCES = Set.of("on", "at", "in", "during", "after", "before");
    static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");

    private SourceFinder() {
    }

    /** The agent of a passive cue ("endorsed by dozens of papers"), without its "by"; -1 if none. */
    static int passiveAgent(AnnotatedText text, int v) {
        return text.child(v, "nsubj:pass") < 0 ? -1 : byPhrase(text, v);
    }

    /** The phrase after verb {@code v} that "by" introduces ("endorsed by the board"), without its "by"; -1 if none. */
    static int byPhrase(AnnotatedText text, int v) {
        for (int c : text.children(v)) {
            if (c > v && text.relation(c).startsWith("obl")) {
                int by = text.child(c, "case");
                if (by >= 0 && text.word(by).equalsIgnoreCase("by")) {
                    return c;
                }
            }
        }
        return -1;
    }

    /**
     * The source phrase as the text gives it: the subject's whole subtree with its appositions
     * ("Kenneth Baer, a former official who runs a firm") but not a participle or a phrase of time
     * or place set off by commas ("Dahl, speaking to veterans,", "Lind, on her first day"), on its
     * side of the cue, outside the content and any quotation, without the commas at its ends.
     */
    static int[] sourceSpan(AnnotatedText text, Quotations quotes, int head, int cueFirst, int cueLast,
                                    int[] content) {
        int first = text.subtreeFirst(head);
        int last = text.subtreeLast(head);
        if (head < cueFirst) {
            last = Math.min(last, cueFirst - 1);
        } else {
            first = Math.max(first, cueLast + 1);
        }
        for (int c : text.children(head)) {
            boolean participle = text.relation(c).equals("acl") && text.pos(c).equals("VBG");
            boolean reporting = text.relation(c).equals("acl:relcl") && text.child(c, "ccomp") >= 0;
            boolean circumstance = CIRCUMSTANCES.contains(text.word(text.subtreeFirst(c)).toLowerCase(Locale.ROOT));
            if (c > head && (participle || reporting || circumstance) && text.word(text.subtreeFirst(c) - 1).equals(",")) {
                // "Dahl, speaking to veterans, said", "Dahl, who knew that the talks would fail, said":
                // the source is "Dahl", and the relative clause a statement of its own
                last = Math.min(last, text.subtreeFirst(c) - 1);
            }
        }
        if (content[1] < head) {
            first = Math.max(first, content[1] + 1);
        } else if (content[0] > head) {
            last = Math.min(last, content[0] - 1);
        }
        for (int q = 0; q < quotes.size(); q++) {
            if (quotes.end(q) <= text.begin(head) && quotes.end(q) > text.begin(first)) {
                first = text.tokenAt(quotes.end(q));
            }
            if (quotes.start(q) >= text.end(head) && quotes.start(q) < text.end(last)) {
                last = text.tokenAt(quotes.start(q)) - 1;
            }
        }
        while (first < head && ContentFinder.isTrimmable(text, first)) {
            first++;
        }
        while (last > head && ContentFinder.isTrimmable(text, last)) {
            last--;
        }
        return new int[] {first, last};
    }

    /** The subject of {@code v}, or of the verb it hangs on ("…, saying …", "… and said …"). */
    static int subject(AnnotatedText text, int v, int depth) {
        int s = nearestSubject(text, v);
        if (s >= 0 || depth == 0) {
            return s;
        }
        int h = text.head(v);
        return h >= 0 && SUBJECT_FROM_HEAD.contains(text.relation(v)) && !reducedPassive(text, v)
                ? subject(text, h, depth - 1) : -1;
    }

    /**
     * A passive participle without auxiliary set beside a clause: "Asked about the cuts, Lind said …",
     * "… when asked about it". The clause's subject is the one asked, not the one asking, so the
     * participle's speaker is unknown (or its "by" agent). A participle joined to a verb of the same
     * subject keeps it: "has said A and repeated B".
     */
    private static boolean reducedPassive(AnnotatedText text, int v) {
        return (text.relation(v).equals("advcl") || text.relation(v).equals("dep")) && participleWithoutAuxiliary(text, v)
                || subjectlessAfterWhen(text, v);
    }

    /** Words that open a reduced clause: "when asked", "if asked", "once asked". */
    private static final Set<String> REDUCED_CLAUSE_MARKS = Set.of("when", "if", "once", "unless", "until");

    /** "… when asked whether …", however the parser tags and hangs "asked": a reduced clause with neither subject nor auxiliary. */
    private static boolean subjectlessAfterWhen(AnnotatedText text, int v) {
        // the parser hangs "when" as a mark or as an adverb
        if (!reducedClauseMark(text, text.child(v, "mark"), v) && !reducedClauseMark(text, text.child(v, "advmod"), v)) {
            return false;
        }
        for (int c : text.children(v)) {
            if (text.relation(c).startsWith("nsubj") || text.relation(c).startsWith("aux")) {
                return false;
            }
        }
        return text.pos(v).equals("VBD") || text.pos(v).equals("VBN");
    }

    private static boolean reducedClauseMark(AnnotatedText text, int t, int v) {
        return t >= 0 && t < v && REDUCED_CLAUSE_MARKS.contains(text.word(t).toLowerCase(Locale.ROOT));
    }

    /** A past participle (VBN) with no auxiliary: "asked about it", "compared with", "released in May". */
    static boolean participleWithoutAuxiliary(AnnotatedText text, int v) {
        if (!text.pos(v).equals("VBN")) {
            return false;
        }
        for (int c : text.children(v)) {
            if (text.relation(c).startsWith("aux")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject of {@code v} nearest before it, else its first subject after it. A misparsed
     * sentence can give a cue two: in "…, but the guard overruled that request, the source added" the
     * parser hung "request" on "added" too, and the subject next to the cue is the one that speaks.
     */
    static int nearestSubject(AnnotatedText text, int v) {
        int found = -1;
        for (int c : text.children(v)) {
            if ((text.relation(c).equals("nsubj") || misreadPassive(text, v, c)) && (found < 0 || c < v)
                    && !timeAfterPreposition(text, c)) {
                found = c;
            }
        }
        return found;
    }

    /** Prepositions the parser takes for a clause's mark, and their time for its subject: "on Friday to criticize …". */
    private static final Set<String> PLACE_AND_TIME_PREPOSITIONS = Set.of("on", "in", "at", "during");

    private static boolean timeAfterPreposition(AnnotatedText text, int subject) {
        int before = text.subtreeFirst(subject) - 1;
        return before >= text.sentenceOf(subject).firstToken() && text.inDateOrTime(subject)
                && PLACE_AND_TIME_PREPOSITIONS.contains(text.word(before).toLowerCase(Locale.ROOT));
    }

    /**
     * A passive subject of a finite verb, right before it: "“I know what a good deal is,” Rubio
     * said", where the parser read "is … said" as a passive. A finite verb has no passive subject.
     */
    private static boolean misreadPassive(AnnotatedText text, int v, int c) {
        return text.relation(c).equals("nsubj:pass") && ContentFinder.FINITE_VERB_TAGS.contains(text.pos(v)) && text.subtreeLast(c) == v - 1;
    }

    static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD", "PRP$");

    /**
     * "Lind sent the messages, the Bergen Post reported": the noun phrase between a comma and a cue
     * without a subject, which the parser hung elsewhere (here as an apposition of "messages"). Its
     * last noun, or -1 when the words before the cue are no such phrase.
     */
    static int nounPhraseAfterComma(AnnotatedText text, int cueFirst) {
        int last = cueFirst - 1;
        int before = last;
        while (before >= text.sentenceOf(cueFirst).firstToken() && NOUN_PHRASE_TAGS.contains(text.pos(before))) {
            before--;
        }
        return before < last && before >= 0 && text.word(before).equals(",") && text.pos(last).startsWith("NN") ? last : -1;
    }

    /** The subject of the sentence's main verb, when that verb comes before {@code v}. */
    static int rootSubject(AnnotatedText text, int v) {
        Sentence s = text.sentenceOf(v);
        for (int t = s.firstToken(); t < v; t++) {
            if (text.head(t) == AnnotatedText.ROOT) {
                return text.child(t, "nsubj");
            }
        }
        return -1;
    }

    /** The source phrase ends at its head or its name parts, never in an apposition or relative clause. */
    static int sourceEnd(AnnotatedText text, int head) {
        int end = head;
        for (int c : text.children(head)) {
            String rel = text.relation(c);
            if (c > end && (rel.equals("flat") || rel.equals("compound") || rel.equals("fixed"))) {
                end = text.subtreeLast(c);
            }
        }
        return end;
    }

    /** First token of the head's noun phrase before it: determiners, modifiers, possessors. */
    static int nounPhraseStart(AnnotatedText text, int head) {
        int first = head;
        for (int c : text.children(head)) {
            if (c < head && !text.relation(c).equals("punct") && !text.relation(c).equals("case")) {
                first = Math.min(first, text.subtreeFirst(c));
            }
        }
        return first;
    }
}
