package org.claimgraph.store;

import org.claimgraph.model.Span;

/**
 * The sentence around a span, for showing where a stance or an event was read: from the end of the
 * previous sentence (". ", "! ", "? " or a line break) to the end of this one, at most 600
 * characters.
 */
final class Sentences {

    private static final int MAX = 600;

    private Sentences() {
    }

    static String around(String text, Span span) {
        int start = Math.min(span.start(), text.length());
        int floor = Math.max(0, start - MAX / 2);
        while (start > floor && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = Math.min(Math.max(span.end(), start), text.length());
        int ceiling = Math.min(text.length(), start + MAX);
        while (end < ceiling && (end == 0 || !endsSentence(text, end - 1))) {
            end++;
        }
        return text.substring(start, Math.max(start, end)).strip();
    }

    /**
     * Whether the character at {@code i} ends a sentence: a line break, or . ! ? (or a closing
     * quotation mark right after one) before a space.
     */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        boolean closingQuote = (c == '"' || c == '\u201D' || c == '\'' || c == '\u2019') && i > 0 && isStop(text.charAt(i - 1));
        if (!(isStop(c) || closingQuote) || i + 1 >= text.length() || !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        return closingQuote || c != '.' || !(abbreviation(text, i) || lowercaseFollows(text, i + 1));
    }

    /** Whether the word ending with the full stop at {@code dot} is a title or initials: "Mr.", "U.S.", "J.". */
    private static boolean abbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot);
        return word.indexOf('.') >= 0 || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
                || TITLES.contains(word);
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen",
            "Lt", "Col", "Capt", "Sgt", "Adm", "Sen", "Rep", "Gov", "Pres", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd",
            "No", "vs", "Jan", "Feb", "Aug", "Sept", "Oct", "Nov", "Dec");

    /** Whether the next word after {@code from} starts with a lowercase letter: no new sentence. */
    private static boolean lowercaseFollows(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i++;
        }
        return i < text.length() && Character.isLowerCase(text.charAt(i));
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?';
    }
}
