package org.claimgraph.extract.frames;

import org.claimgraph.model.EvidenceKind;
import org.claimgraph.model.Span;

/** Evidence as the finder reads it, before it is attached to the claim in focus. */
record FoundEvidence(EvidenceKind kind, String by, Span span) {
}
