package org.claimgraph.eval;

import java.util.Objects;

/**
 * The overlap scores of the documents one annotator labelled. PolNeAR gives each document a single
 * annotator, and annotators differ in what they mark ("said in an interview" in the cue or not),
 * so a gap that sits with one annotator is a matter of style more than of missed speech.
 *
 * @param annotator   the annotator's id as the gold file gives it, or "(none)"
 * @param documents   documents this annotator labelled
 * @param cue         cue spans under overlap match
 * @param content     content spans under overlap match
 * @param attribution gold attributions found by a statement overlapping both cue and content
 */
public record AnnotatorScore(String annotator, int documents, Score cue, Score content, Score attribution) {

    /** The key of documents whose gold names no annotator. */
    public static final String NONE = "(none)";

    public AnnotatorScore {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(attribution, "attribution");
    }

    /** No documents yet. */
    static AnnotatorScore empty(String annotator) {
        return new AnnotatorScore(annotator, 0, Score.ZERO, Score.ZERO, Score.ZERO);
    }

    /** These scores with one more document's. */
    AnnotatorScore plus(Score cue, Score content, Score attribution) {
        return new AnnotatorScore(annotator, documents + 1, this.cue.plus(cue), this.content.plus(content),
                this.attribution.plus(attribution));
    }
}
