package org.claimgraph.ingest;

import java.util.Objects;

/**
 * Why an input, or one line of it, gave no document. Immutable, so thread-safe.
 *
 * @param input   where: a file path, {@code path:LINE} for a line of a JSON Lines file, or
 *                {@code <stdin>}
 * @param problem one lowercase phrase saying what is wrong and, where it helps, what was expected:
 *                {@code "unsupported file type '.pdf' (expected .txt, .html or .jsonl)"}
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
