package org.claimgraph.extract.statements;

import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Sentence;

import java.util.Locale;
import java.util.Set;

/**
 * The speaker a colon follows at a paragraph's start: a transcript's label ("WALLACE: …"), or a
 * headline's ("Anders Dahl: …", "Fishermen: …", "Dahl on Quotas: …", "A Warning from Maria Lind:
 * …"). A headline names its speaker in more ways than a transcript, so the document's first line
 * gets the wider reading. Stateless.
 */
final class ColonLabels {

    /** Words that open a line to announce it, not to name who speaks ("BREAKING: …", "Wow: …"). */
    private static final Set<String> ANNOUNCEMENTS = Set.of("breaking", "exclusive", "update", "watch", "video",
            "bombshell", "revealed", "wow", "look", "boom", "busted", "byline", "clarification", "correction");
    /** Title-cased words that make the words before a colon a phrase, not a name ("Calm Over Quotas", "DEAL IS DONE"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("over", "is", "are", "was", "in", "of", "for", "with", "the", "by");
    /** Words after which a headline names what its speaker speaks on or to ("Dahl on Quotas: …"). */
    private static final Set<String> ON_TO = Set.of("on", "to");
    /** The most tokens a name before a colon runs to. */
    private static final int MAX_NAME = 4;
    /** The most tokens a headline puts before its colon ("Dahl on the Harbour Quota Talks: …"). */
    private static final int MAX_HEADLINE_LABEL = 9;

    private ColonLabels() {
    }

    /**
     * The label before a colon in sentence {@code s}, whose words start at {@code first} (a
     * paragraph's start): {first, last, colon} tokens, the speaker being first..last; null if none.
     *
     * @param headline whether the sentence is the document's first line
     */
    static int[] find(AnnotatedText text, Sentence s, int first, boolean headline) {
        int colon = first;
        while (colon < s.endToken() - 2 && colon - first <= MAX_HEADLINE_LABEL && !text.word(colon).equals(":")) {
            colon++;
        }
        if (colon >= s.endToken() - 2 || colon == first || !text.word(colon).equals(":")
                || ANNOUNCEMENTS.contains(text.word(first).toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (isName(text, first, colon - 1, headline)) {
            return new int[] {first, colon - 1, colon};
        }
        if (!headline) {
            return null;
        }
        if (colon == first + 1 && text.pos(first).startsWith("NN") && Character.isUpperCase(text.word(first).charAt(0))) {
            return new int[] {first, first, colon}; // "Fishermen: Quotas Too Low"
        }
        int nameEnd = SignedStatements.nameEnd(text, first);
        if (nameEnd >= first && nameEnd - first < MAX_NAME && ON_TO.contains(text.word(nameEnd + 1).toLowerCase(Locale.ROOT))) {
            return new int[] {first, nameEnd, colon}; // "Dahl on Quotas: …", "Dahl to Fishermen: …"
        }
        for (int f = first + 1; f < colon - 1; f++) {
            if (text.word(f).equalsIgnoreCase("from") && isName(text, f + 1, colon - 1, false)) {
                return new int[] {f + 1, colon - 1, colon}; // "A Warning from Maria Lind: …"
            }
        }
        return null;
    }

    /**
     * Whether tokens first..last are a name: proper nouns or capitalised words ("DAHL"), at most
     * {@link #MAX_NAME}, none a function word; in a headline the words before the last proper noun
     * may be any capitalised adjective or noun, which the tagger often takes them for ("Former
     * Minister Dahl").
     */
    private static boolean isName(AnnotatedText text, int first, int last, boolean headline) {
        if (last < first || last - first >= MAX_NAME || !isProper(text, last)) {
            return false;
        }
        for (int t = first; t <= last; t++) {
            String w = text.word(t);
            boolean word = isProper(text, t) || headline && Character.isUpperCase(w.charAt(0))
                    && (text.pos(t).startsWith("NN") || text.pos(t).equals("JJ"));
            if (!word || FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProper(AnnotatedText text, int t) {
        return text.pos(t).startsWith("NNP") || SignedStatements.capitals(text.word(t));
    }
}
