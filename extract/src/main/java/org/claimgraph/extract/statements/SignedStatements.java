package org.claimgraph.extract.statements;

import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Sentence;

import java.util.List;
import java.util.Set;

/**
 * Statements marked by punctuation rather than a verb, found on tokens alone, without the parser:
 * a quotation signed with a dash ("“…” ― Sonya Herridge") and a speaker label opening a paragraph
 * ("WALLACE: Let's start …"). Stateless.
 */
final class SignedStatements {

    private static final Set<String> DASHES = Set.of("―", "—", "–", "--");
    /** The cue of a statement signed with a dash or a speaker label. */
    private static final CueEntry SIGNED = new CueEntry(List.of("say"), CueStance.ASSERT, false, CueContent.CLAUSE);

    private SignedStatements() {
    }

    /**
     * Statements marked by punctuation rather than a verb, found on tokens alone: a quotation signed
     * with a dash ("“…” ― Sonya Herridge") and a speaker label opening a paragraph ("WALLACE: Let's
     * start …"). The dash or colon is the cue.
     */
    static void findLabelled(AnnotatedText text, Quotations quotes, List<FoundStatement> found) {
        String t = text.text();
        for (int q = 0; q < quotes.size(); q++) {
            int dash = text.tokenAt(quotes.end(q));
            if (dash < 0 || !ContentFinder.onlySeparators(t, quotes.end(q), text.begin(dash)) || !DASHES.contains(text.word(dash))) {
                continue;
            }
            int last = nameEnd(text, dash + 1);
            if (last > dash) {
                int from = text.tokenAt(quotes.start(q));
                found.add(new FoundStatement(dash, dash, SIGNED, from, text.tokenAt(quotes.end(q) - 1), dash + 1, last, last, last));
            }
        }
        for (Sentence s : text.sentences()) {
            int first = s.firstToken();
            if (Quotations.MARKS.contains(text.word(first)) && first + 1 < s.endToken()) {
                first++; // "PENCE: Well, look …" in a transcript quoted whole
            }
            boolean paragraphStart = startsParagraph(t, text.begin(first))
                    || first > s.firstToken() && Quotations.MARKS.contains(text.word(first - 1))
                    && startsParagraph(t, text.begin(first - 1));
            int last = nameEnd(text, first);
            int colon = last + 1;
            if (paragraphStart && last >= first && colon < s.endToken() - 2 && text.word(colon).equals(":")
                    && last - first < 4) {
                int[] content = ContentFinder.trimmed(text, new int[] {colon + 1, s.endToken() - 1});
                if (content != null) {
                    found.add(new FoundStatement(colon, colon, SIGNED, content[0], content[1], first, last, last, last));
                }
            }
        }
    }

    /** "WALLACE": the tagger does not always take a capitalised label for a proper noun. */
    static boolean capitals(String word) {
        return word.length() > 1 && word.chars().allMatch(Character::isUpperCase);
    }

    /** Whether only spaces stand between the start of a line and character {@code at}. */
    static boolean startsParagraph(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Last token of a run of proper nouns starting at {@code t} ("Sonya Herridge", "WALLACE"); t - 1 if none. */
    static int nameEnd(AnnotatedText text, int t) {
        int last = t - 1;
        while (last + 1 < text.tokenCount() && (text.pos(last + 1).startsWith("NNP") || capitals(text.word(last + 1)))
                && text.sentenceOf(last + 1).index() == text.sentenceOf(t).index()) {
            last++;
        }
        return last;
    }
}
