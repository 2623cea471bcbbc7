package org.claimgraph.extract.statements;

/**
 * A statement while the document is read; token ranges are inclusive. {@code sourceHead} heads
 * the source phrase the text gives ("who", "A spokeswoman for the campaign"); {@code speakerHead}
 * is the token that names the speaker (the antecedent of "who"); -1 when there is no source.
 */
record FoundStatement(int cueFirst, int cueLast, CueEntry cue, int contentFirst, int contentLast,
                     int sourceFirst, int sourceLast, int sourceHead, int speakerHead) {

    /** This statement with its content cut or grown to {@code first..last}. */
    FoundStatement withContent(int first, int last) {
        return new FoundStatement(cueFirst, cueLast, cue, first, last, sourceFirst, sourceLast, sourceHead, speakerHead);
    }
}
