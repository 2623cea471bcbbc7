package org.claimgraph.ingest;

import java.util.Objects;

/**
 * Why an input, or one line, feed entry or WARC record of it, gave no document. Immutable, so
 * thread-safe.
 *
 * @param input   where: a file or directory path, {@code path:LINE} for a line of a JSON Lines
 *                file, {@code path:entry N} for a feed entry, {@code path:record N} for a WARC
 *                record, or {@code <stdin>} in place of the path
 * @param problem one lowercase phrase saying what is wrong and, where it helps, what was expected:
 *                {@code "unsupported file type '.pdf' (expected .txt, .html, .jsonl, .rss, .atom,
 *                .xml, .warc or .warc.gz)"}
 */
public record InputProblem(String input, String problem) {

    public InputProblem {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(problem, "problem");
    }

    /** {@code input: problem}, ready for a log line or an error message. */
    @Override
    public String toString() {
        return input + ": " + problem;
    }
}
