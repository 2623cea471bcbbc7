package org.claimgraph.ingest;

/**
 * Bad input found while reading; the message is the problem phrase of an {@link InputProblem}.
 * Internal to this package: {@link DocumentReader} turns every one into a problem report, so none
 * escapes it. Carries no stack trace, because it reports data, not a bug.
 */
final class BadInputException extends Exception {

    private static final long MIB = 1024 * 1024;

    /** Parser messages and bad values can be long: keep what a person reads at a glance. */
    private static final int MAX_SHOWN_CHARS = 120;

    BadInputException(String problem) {
        super(problem, null, false, false);
    }

    /** An input with nothing but whitespace in it. */
    static BadInputException empty() {
        return new BadInputException("file is empty");
    }

    /** A file or line of {@code size} bytes, over the {@code limit}: "line is 11 MB, over the 10 MB limit". */
    static BadInputException tooLarge(String what, long size, long limit) {
        long megabytes = (size + MIB - 1) / MIB; // rounded up, so that just over the limit never reads as the limit
        return new BadInputException(what + " is " + megabytes + " MB, over the " + limit / MIB + " MB limit");
    }

    /** The text cut to what a person reads at a glance, never between the halves of a surrogate pair. */
    static String abbreviate(String text) {
        if (text.length() <= MAX_SHOWN_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_SHOWN_CHARS - 1)) ? MAX_SHOWN_CHARS - 1 : MAX_SHOWN_CHARS;
        return text.substring(0, end) + "…";
    }
}
