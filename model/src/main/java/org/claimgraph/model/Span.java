package org.claimgraph.model;

import java.util.Objects;

/**
 * A stretch of a document's text: UTF-16 {@code String} indices, end-exclusive, with the text it
 * covers. Spans are validated on construction, so a span that exists is a span that makes sense.
 */
public record Span(int start, int end, String text) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is negative or reversed");
        }
        Objects.requireNonNull(text, "text");
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") has text of length "
                    + text.length() + ": \"" + text + "\"");
        }
    }

    /** The span of {@code documentText} from {@code start} to {@code end}. */
    public static Span of(String documentText, int start, int end) {
        if (end > documentText.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") runs past the text's end "
                    + documentText.length());
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is negative or reversed");
        }
        return new Span(start, end, documentText.substring(start, end));
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
