package org.claimgraph.eval;

import java.util.regex.Pattern;

/**
 * The text of a span as exact matching compares it: without what annotators place inconsistently
 * at a span's edges. Stateless.
 *
 * <ul>
 *   <li>whitespace (any Unicode space) at either end, and every inner run of it as one space;</li>
 *   <li>quotation marks, straight and curly, single and double, at either end;</li>
 *   <li>end punctuation {@code . , ; : ! ?} at either end;</li>
 *   <li>for content only, a leading "that " (PolNeAR keeps it, claimgraph's content starts after it).</li>
 * </ul>
 * Each rule runs again until nothing changes: {@code “It failed.”} and {@code It failed} are equal.
 */
public final class SpanText {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern LEADING_THAT = Pattern.compile("(?i)^that ");
    private static final String EDGE = "\"'“”‘’.,;:!? ";

    private SpanText() {
    }

    /** The normalised form of a span's text in the given role. */
    public static String normalize(String text, Role role) {
        String s = collapseSpaces(text);
        String before;
        do {
            before = s;
            s = trimEdges(s);
            if (role == Role.CONTENT) {
                s = LEADING_THAT.matcher(s).replaceFirst("");
            }
        } while (!s.equals(before));
        return s;
    }

    /** The text with every run of whitespace (any Unicode space) as one space. */
    public static String collapseSpaces(String text) {
        return SPACES.matcher(text).replaceAll(" ");
    }

    private static String trimEdges(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && EDGE.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && EDGE.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }
}
