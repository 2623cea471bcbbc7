package org.claimgraph.ingest;

import org.claimgraph.model.Document;

/**
 * Where a {@link DocumentReader} puts what it reads: each document, and each problem that kept an
 * input or a line from giving one, in input order. The reader calls it on the thread that called
 * {@code read}; an implementation shared by several threads must be thread-safe itself.
 */
public interface DocumentSink {

    /**
     * One document read.
     *
     * @param input where it came from: the file path, {@code path:LINE} for a JSON Lines line, or
     *              {@code <stdin>}
     */
    void document(String input, Document document);

    /** One input, or one line of it, that gave no document, and why. */
    void problem(InputProblem problem);
}
