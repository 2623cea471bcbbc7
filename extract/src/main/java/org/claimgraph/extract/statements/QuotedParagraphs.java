package org.claimgraph.extract.statements;

import org.claimgraph.nlp.AnnotatedText;

import java.util.Arrays;

/**
 * Paragraphs that are one quotation and go on with the statement that ends the paragraph before
 * them. News runs a speaker's quotation over several paragraphs ("“A,” she said.¶“B.”¶“C.”"), and
 * PolNeAR's content then runs through them: of the 113 quotation-only paragraphs without a cue,
 * after a paragraph with an attribution, in the 840 train articles, 67 lie inside the content of an
 * attribution from before them and 27 are the content of a cue ending the paragraph before ("He
 * continued:"); 19 are neither. A cue ending its paragraph with a colon introduces the next one
 * even when it is no quotation. Stateless.
 */
final class QuotedParagraphs {

    /** What may stand between a statement's last word and its paragraph's end. */
    private static final String CLOSERS = ".,:;!?”\"'’) \t";

    private QuotedParagraphs() {
    }

    /**
     * The end of a content that ends at {@code contentEnd}, grown over the quotation-only
     * paragraphs that follow its statement when the statement (source, cue and content, ending at
     * {@code statementEnd}) closes its paragraph; {@code contentEnd} when it does not. A paragraph
     * that holds a cue of its own (a "PENCE:" label) or is signed on the next line ("— Ann Lee")
     * ends the run, and the run ends at the last paragraph whose quotation closes: a quotation mark
     * that opens every paragraph and never closes marks an excerpt, not a speaker going on.
     *
     * @param cueStarts where the cues of the text's statements start, ascending
     */
    static int continuedEnd(String text, Quotations quotes, int[] cueStarts, int statementEnd, int contentEnd) {
        int end = contentEnd;
        int from = statementEnd;
        while (true) {
            int lineEnd = from;
            while (lineEnd < text.length() && CLOSERS.indexOf(text.charAt(lineEnd)) >= 0) {
                lineEnd++;
            }
            if (lineEnd >= text.length() || text.charAt(lineEnd) != '\n') {
                return end;
            }
            int next = lineEnd;
            while (next < text.length() && Spaces.isSpace(text.charAt(next))) {
                next++;
            }
            int q = quotes.containing(next, next + 1);
            if (q < 0 || quotes.start(q) != next) {
                return end;
            }
            int paragraphEnd = text.indexOf('\n', next);
            paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
            while (paragraphEnd > next && Spaces.isSpace(text.charAt(paragraphEnd - 1))) {
                paragraphEnd--;
            }
            for (int i = quotes.end(q); i < paragraphEnd; i++) {
                if (CLOSERS.indexOf(text.charAt(i)) < 0) {
                    return end; // "“A,” he said.": the paragraph has a speaker of its own
                }
            }
            int cue = Arrays.binarySearch(cueStarts, next);
            int firstCue = cue >= 0 ? cue : -cue - 1;
            if (firstCue < cueStarts.length && cueStarts[firstCue] < paragraphEnd) {
                return end;
            }
            int after = paragraphEnd;
            while (after < text.length() && Spaces.isSpace(text.charAt(after))) {
                after++;
            }
            if (Arrays.binarySearch(cueStarts, after) >= 0) {
                return end; // "“B.”¶— Ann Lee": the paragraph is signed on the next line, by a speaker of its own
            }
            if (closes(text, quotes.end(q))) {
                end = paragraphEnd;
            }
            from = paragraphEnd;
        }
    }

    /**
     * The paragraph a cue ending its own paragraph with a colon introduces, when it is no quotation
     * ("Limbaugh added:¶And from a front-runner …"): {first, last} tokens, or null. PolNeAR's content
     * starts there in all 6 such paragraphs of train and dev; a quotation after the colon is left to the
     * cue's adjacent quotation, and an embedded post ("&lt;tweet …") is no paragraph of words.
     */
    static int[] introducedParagraph(AnnotatedText text, int cueLast) {
        String t = text.text();
        if (!text.word(cueLast).equals(":")) {
            return null;
        }
        int i = SignedStatements.lineEnd(t, text.end(cueLast));
        if (i != text.end(cueLast)) {
            return null; // words follow the colon on its line
        }
        while (i < t.length() && Spaces.isSpace(t.charAt(i))) {
            i++;
        }
        if (i >= t.length() || "<“\"'‘”".indexOf(t.charAt(i)) >= 0) {
            return null;
        }
        int end = SignedStatements.lineEnd(t, i);
        int first = text.tokenAt(i);
        int last = text.tokenAt(end - 1);
        return first < 0 || last < first ? null : ContentFinder.trimmed(text, new int[] {first, last});
    }

    /** Whether a quotation ending at {@code end} ends with a closing mark, rather than at its paragraph's end. */
    private static boolean closes(String text, int end) {
        char c = text.charAt(end - 1);
        return c == '”' || c == '"' || text.startsWith("''", end - 2);
    }
}
