package org.claimgraph.extract.statements;

import org.claimgraph.nlp.AnnotatedText;

import java.util.Locale;
import java.util.Set;

/**
 * Statements whose cue is a noun, read the way PolNeAR marks them. Two forms:
 * <ul>
 *   <li>a that-clause: "Kyiv's allegation that …", "the accusation by Moscow that …";</li>
 *   <li>a noun with the word that introduces its content, a {@link CueContent#NOUN_OBJECT} entry
 *       such as "criticism of" or "refusal to": the cue is the noun and its preposition, the
 *       content the preposition's object ("Lind's criticism of the treaty"), or the noun alone
 *       and the infinitive ("his refusal to comment").</li>
 * </ul>
 * The noun's owner is the source: a possessor ("Dahl's"), a "by" or "from" phrase, a proper-noun
 * compound ("Norland criticism") or a capitalised adjective ("Icelandic claims"). The cue takes in
 * the noun's adjectives ("sharp criticism for"), and, when the noun is the object of a verb that is
 * no cue and voices it ("Dahl raised questions about …"), begins at the verb, whose subject is the
 * source when the noun has no owner; a verb that receives the noun ("Dahl faced questions about
 * …") stays out of the cue, as PolNeAR mostly marks it.
 * Stateless.
 */
final class NominalCues {

    private static final Set<String> OWNER_PREPOSITIONS = Set.of("by", "from");

    /**
     * Verbs whose subject meets the noun rather than voices it: "Dahl faced criticism over …", "the
     * plan drew questions about …", "Lind won the endorsement of …". Any other verb's subject
     * voices it: "Dahl raised questions about …", "Lind sounded a call for …".
     */
    private static final Set<String> RECEIVING_VERBS = Set.of("face", "draw", "receive", "endure", "field", "attract",
            "answer", "deflect", "win", "earn", "secure", "snag", "get", "gain", "seek", "court", "lose", "spark",
            "prompt", "trigger", "fuel", "avoid", "dodge", "address", "ignore", "assess");

    private NominalCues() {
    }

    /** The statement the noun {@code n} reports with {@code cue}, or null when it reports none. */
    static FoundStatement find(AnnotatedText text, Quotations quotes, ContentFinder contents, CueLexicon cues, int n,
                               CueEntry cue) {
        int cueLast = n + cue.lemmas().size() - 1;
        int[] content;
        if (cue.lemmas().size() > 1) {
            content = prepositionalObject(text, n, cueLast);
            if (content != null && content[0] == cueLast) {
                cueLast--; // "refusal to comment": the infinitive's "to" is the content's, as after a verb
            }
        } else if (followedBy(text, n, "that")) {
            content = clause(text, contents, n);
        } else {
            content = null;
        }
        if (content == null) {
            return null;
        }
        int verb = lightVerb(text, cues, n);
        int cueFirst = n;
        while (cueFirst - 1 >= 0 && text.head(cueFirst - 1) == n && text.relation(cueFirst - 1).equals("amod")
                && !Character.isUpperCase(text.word(cueFirst - 1).charAt(0))) {
            cueFirst--; // "sharp criticism for", "new questions about"
        }
        boolean voiced = verb >= 0 && !RECEIVING_VERBS.contains(text.lemma(verb));
        if (voiced) {
            cueFirst = verb;
            while (cueFirst - 1 >= 0 && text.head(cueFirst - 1) == verb && StatementFinder.isCueModifier(text, cueFirst - 1)) {
                cueFirst--;
            }
        }
        if (verb >= 0) {
            // "raised questions about the delay during the hearing": the parser hangs "during the
            // hearing" on the verb, PolNeAR reads it with the questions
            content[1] = ContentFinder.grownOver(text, verb, content[1], rel -> rel.startsWith("obl"));
        }
        int owner = owner(text, n);
        if (owner >= 0 && owner >= content[0] && owner <= content[1]) {
            owner = -1;
        }
        if (owner < 0 && voiced) {
            int subject = SourceFinder.subject(text, verb, 3);
            if (subject >= 0 && (subject < cueFirst || subject > content[1])) {
                int[] span = SourceFinder.sourceSpan(text, quotes, subject, cueFirst, cueLast, content);
                return new FoundStatement(cueFirst, cueLast, cue, content[0], content[1], span[0], span[1], subject, subject);
            }
        }
        if (owner < 0) {
            return new FoundStatement(cueFirst, cueLast, cue, content[0], content[1], -1, -1, -1, -1);
        }
        int first = text.subtreeFirst(owner);
        if (text.child(owner, "case") == first) {
            first++; // "by Moscow"
        }
        int last = Math.min(text.subtreeLast(owner), n - 1 > owner ? n - 1 : text.subtreeLast(owner));
        while (last > owner && ContentFinder.isTrimmable(text, last) || SourceFinder.POSSESSIVE_MARKS.contains(text.word(last))) {
            last--;
        }
        return new FoundStatement(cueFirst, cueLast, cue, content[0], content[1], first, last, owner, owner);
    }

    /**
     * The verb whose object the noun is, when it is no cue itself: "raised questions about", "faced
     * criticism over"; or -1. A cue verb ("dismissed claims that …") reports the noun's statement
     * in its own.
     */
    private static int lightVerb(AnnotatedText text, CueLexicon cues, int n) {
        int verb = text.head(n);
        if (verb < 0 || verb > n || !text.relation(n).equals("obj") || !text.pos(verb).startsWith("VB")
                || cues.verbCueAt(text, verb)) {
            return -1;
        }
        return verb;
    }

    private static boolean followedBy(AnnotatedText text, int n, String word) {
        return n + 1 < text.sentenceOf(n).endToken() && text.word(n + 1).equalsIgnoreCase(word);
    }

    /** "… that its troops had shelled the plant"; not a relative clause ("the claims that were made"). */
    private static int[] clause(AnnotatedText text, ContentFinder contents, int n) {
        for (int c : text.children(n)) {
            String rel = text.relation(c);
            if ((rel.equals("ccomp") || rel.equals("acl")) && text.subtreeFirst(c) == n + 1) {
                return ContentFinder.trimmed(text, contents.cutAtParticipleCue(text, new int[] {n + 1, text.subtreeLast(c)}));
            }
        }
        return null;
    }

    /**
     * What the cue's last word introduces to the noun: the object of a preposition ("criticism of
     * the treaty", one word will do: "criticism of Dahl"), or an infinitive with its "to"
     * ("refusal to comment").
     */
    private static int[] prepositionalObject(AnnotatedText text, int n, int preposition) {
        for (int c : text.children(n)) {
            if (c > preposition && text.child(c, "case") == preposition) {
                if (text.inDateOrTime(c)) {
                    return null; // "Lind's comments on Friday": when, not what
                }
                int last = text.subtreeLast(c);
                while (last > preposition + 1 && ContentFinder.isTrimmable(text, last)) {
                    last--;
                }
                return new int[] {preposition + 1, last};
            }
            if (c > preposition && text.relation(c).startsWith("acl") && text.child(c, "mark") == preposition) {
                // "call for Norland to leave", "questions about what he knew"; an infinitive keeps its "to"
                int first = text.word(preposition).equalsIgnoreCase("to") ? preposition : preposition + 1;
                return ContentFinder.trimmed(text, new int[] {first, text.subtreeLast(c)});
            }
        }
        return null;
    }

    /** The token that names who owns the noun, or -1. */
    private static int owner(AnnotatedText text, int n) {
        for (int c : text.children(n)) {
            String rel = text.relation(c);
            int preposition = text.child(c, "case");
            boolean by = rel.startsWith("nmod") && !rel.equals("nmod:poss") && preposition >= 0
                    && OWNER_PREPOSITIONS.contains(text.word(preposition).toLowerCase(Locale.ROOT));
            boolean named = rel.equals("compound") && text.pos(c).startsWith("NNP")
                    || rel.equals("amod") && Character.isUpperCase(text.word(c).charAt(0));
            if (rel.equals("nmod:poss") || named || by) {
                return c;
            }
        }
        return -1;
    }
}
