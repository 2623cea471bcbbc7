package org.claimgraph.eval;

import java.util.List;
import java.util.Objects;

/**
 * The figures of an attribution evaluation.
 *
 * @param documents           gold documents scored
 * @param roles               source, cue and content, in that order
 * @param attribution         gold attributions (those with a cue and a content) against predicted
 *                            statements: one is matched when a statement overlap-matches both its
 *                            cue and its content
 * @param annotators          cue, content and attribution overlap scores of each annotator's
 *                            documents, by annotator id
 * @param frequentMisses      the lower-cased cues of the gold attributions most often not found,
 *                            most frequent first
 * @param frequentFalseAlarms the lower-cased cues of the statements most often matching no gold
 *                            attribution, most frequent first
 */
public record AttributionReport(int documents, List<RoleScore> roles, Score attribution, List<AnnotatorScore> annotators,
                                List<Tally> frequentMisses, List<Tally> frequentFalseAlarms) {

    public AttributionReport {
        roles = List.copyOf(roles);
        Objects.requireNonNull(attribution, "attribution");
        annotators = List.copyOf(annotators);
        frequentMisses = List.copyOf(frequentMisses);
        frequentFalseAlarms = List.copyOf(frequentFalseAlarms);
    }
}
