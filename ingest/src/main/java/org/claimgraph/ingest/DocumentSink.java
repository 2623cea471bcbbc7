package org.claimgraph.ingest;

import org.claimgraph.model.Document;

/**
 * Where a {@link DocumentReader} puts what it reads: each document, and each problem that kept an
 * input, a line, a feed entry or a WARC record from giving one, in input order. The reader calls it on the thread that called
 * {@code read}; an implementation shared by several threads must be thread-safe itself.
 */
public interface DocumentSink {

    /**
     * One document read.
     *
     * @param input where it came from: the file path (for a file found in a directory, the
     *              directory's path joined with the file's), {@code path:LINE} for a JSON Lines
     *              line, {@code path:entry N} for the Nth entry of a feed, {@code path:record N}
     *              for the Nth record of a WARC, or {@code <stdin>} in place of the path
     */
    void document(String input, Document document);

    /** One input, or one line, entry or record of it, or one directory, that gave no document, and why. */
    void problem(InputProblem problem);
}
