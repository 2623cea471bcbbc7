package org.claimgraph.eval;

import org.claimgraph.model.Span;

import java.util.Locale;
import java.util.Set;

/**
 * The sentence around a span, for a person reading a list of errors: from the end of the previous
 * sentence ({@code . ! ?} or a line break, but not the period of "Mr." or "U.S.") before the span to
 * the next such end after it (or the span's own end when it ends a sentence), on one line, at most
 * {@value #MAX_CHARS} characters. Stateless.
 */
public final class SentenceContext {

    /** The longest context given; a longer one is cut around the span's start. */
    public static final int MAX_CHARS = 400;

    /** How much of a long context is kept before the span's start. */
    private static final int KEPT_BEFORE = 100;

    private SentenceContext() {
    }

    /** The context of {@code span} in {@code text}, whitespace collapsed to single spaces. */
    public static String around(String text, Span span) {
        int start = span.start();
        while (start > 0 && !endsSentenceAt(text, start - 1)) {
            start--;
        }
        int end = span.end();
        boolean ended = endsSentence(text, span);
        while (!ended && end < text.length() && text.charAt(end) != '\n' && !(text.charAt(end) == '.' && endsSentenceAt(text, end))) {
            end++;
        }
        if (!ended && end < text.length() && text.charAt(end) == '.') {
            end++;
        }
        if (end - start > MAX_CHARS) {
            start = Math.max(start, span.start() - KEPT_BEFORE);
            if (Character.isLowSurrogate(text.charAt(start))) {
                start++;
            }
            end = Math.min(end, start + MAX_CHARS);
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
        }
        return SpanText.collapseSpaces(text.substring(start, end)).strip();
    }

    /** Titles and words the news abbreviates before a name or number, whose period ends no sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "sgt", "st", "jr", "sr", "no", "vs", "prof", "rev", "capt", "cmdr", "adm", "maj", "corp", "inc", "co");

    /**
     * Whether the character at {@code i} ends a sentence: a line break, "!" or "?", or a period that
     * follows no title or initial ("Mr. Dahl", "U.S. officials", "Ann B. Lee") and is followed by a
     * space, a closing mark or the end ("3.5" is no end).
     */
    private static boolean endsSentenceAt(String text, int i) {
        char c = text.charAt(i);
        if (c != '.') {
            return "!?\n".indexOf(c) >= 0;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)) && "\"'”’)".indexOf(text.charAt(i + 1)) < 0) {
            return false; // "3.5", "U.S" inside a word
        }
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return !initial && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the span ends a sentence: its last character before closing quotes is {@code . ! ?} or a line break. */
    private static boolean endsSentence(String text, Span span) {
        int last = span.end() - 1;
        while (last >= span.start() && "\"'”’ \t".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return last >= span.start() && ".!?\n".indexOf(text.charAt(last)) >= 0;
    }
}
