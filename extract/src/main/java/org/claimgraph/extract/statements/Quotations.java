package org.claimgraph.extract.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The quotations of a text: character ranges {@code [start, end)} that include their marks. Handles
 * curly (“ ”) and straight (") double quotes, and the doubled apostrophes ('') some newspapers
 * print for them. A quotation left open at the end of a paragraph ends
 * there (news reopens a quote that runs over several paragraphs with a new opening mark and no
 * closing one), so unbalanced marks never swallow the rest of the article and never throw. A closing
 * curly mark misprinted as an opener (after a space or at a line's start, before a word) opens.
 * Curly marks inside a straight quotation that closes on its line quote inside it ("A “B” C"), as a
 * straight mark inside a curly one ends it where a writer mixes them.
 */
final class Quotations {

    /** Tokens that are double quotation marks, as the tokenizer leaves them. */
    static final Set<String> MARKS = Set.of("\"", "“", "”", "``", "''");

    private final int[] starts;
    private final int[] ends;

    private Quotations(List<int[]> ranges) {
        starts = ranges.stream().mapToInt(r -> r[0]).toArray();
        ends = ranges.stream().mapToInt(r -> r[1]).toArray();
    }

    static Quotations in(String text) {
        List<int[]> ranges = new ArrayList<>();
        int open = -1;
        int nested = 0; // curly quotations open inside a straight one
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            nested = open < 0 ? 0 : nested;
            if (c == '\n') {
                if (open >= 0) {
                    ranges.add(new int[] {open, trimEnd(text, open, i)});
                    open = -1;
                }
            } else if (open >= 0 && text.charAt(open) == '"' && (c == '“' && straightCloses(text, i) || c == '”' && nested > 0)) {
                nested += c == '“' ? 1 : -1; // "A “B” C": the curly marks quote inside the straight ones
            } else if (text.startsWith("''", i)) {
                if (open < 0 && opensHere(text, i, 2)) {
                    open = i;
                } else if (open >= 0) {
                    ranges.add(new int[] {open, i + 2});
                    open = -1;
                }
                i++;
            } else if (c == '“' || ((c == '"' || c == '”') && open < 0 && opensHere(text, i, 1))) {
                // a closing mark where an opening one belongs ("”Fear. I am …" at a line's start) opens too
                if (open >= 0) {
                    ranges.add(new int[] {open, trimEnd(text, open, i)});
                }
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                ranges.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        if (open >= 0) {
            ranges.add(new int[] {open, trimEnd(text, open, text.length())});
        }
        return new Quotations(ranges);
    }

    /**
     * Whether a straight mark closes, later on the line of {@code i}, the straight quotation open
     * there: an excerpt's paragraphs open with a straight mark that never closes, and the curly
     * quotations in them are quotations of their own.
     */
    private static boolean straightCloses(String text, int i) {
        int mark = text.indexOf('"', i);
        int lineEnd = text.indexOf('\n', i);
        return mark >= 0 && (lineEnd < 0 || mark < lineEnd);
    }

    /** A straight quote opens when it follows a space, an opening bracket or the start of a line. */
    private static boolean opensHere(String text, int i, int length) {
        if (i + length >= text.length() || Spaces.isSpace(text.charAt(i + length))) {
            return false;
        }
        return i == 0 || Spaces.isSpace(text.charAt(i - 1)) || "([{—–-:".indexOf(text.charAt(i - 1)) >= 0;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start + 1 && Spaces.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    int size() {
        return starts.length;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Index of the quotation that overlaps {@code [from, to)}, the first one if several, or -1. */
    int overlapping(int from, int to) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < to && from < ends[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Whether any quotation mark lies inside {@code [from, to)}. */
    boolean anyIn(int from, int to) {
        return overlapping(from, to) >= 0;
    }

    /** Index of the quotation that contains the whole of {@code [from, to)}, or -1. */
    int containing(int from, int to) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= from && to <= ends[i]) {
                return i;
            }
        }
        return -1;
    }
}
