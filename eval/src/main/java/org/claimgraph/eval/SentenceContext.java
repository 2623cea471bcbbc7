package org.claimgraph.eval;

import org.claimgraph.model.Span;

/**
 * The sentence around a span, for a person reading a list of errors: from the end of the previous
 * sentence ({@code . ! ?} or a line break) before the span to the next period or line break after
 * it (or the span's own end when it ends a sentence), on one line, at most {@value #MAX_CHARS}
 * characters. Stateless.
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
        while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = span.end();
        boolean ended = endsSentence(text, span);
        while (!ended && end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '\n') {
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

    /** Whether the span ends a sentence: its last character before closing quotes is {@code . ! ?} or a line break. */
    private static boolean endsSentence(String text, Span span) {
        int last = span.end() - 1;
        while (last >= span.start() && "\"'”’ \t".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        return last >= span.start() && ".!?\n".indexOf(text.charAt(last)) >= 0;
    }
}
