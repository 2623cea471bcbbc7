package org.claimgraph.extract.frames;

import org.claimgraph.model.Frame;
import org.claimgraph.model.Modality;

/**
 * A frame as the finder reads it, before its voice is known: the frame, the token of its verb, and
 * the modality it has if it turns out to be an event.
 */
record FoundFrame(Frame frame, int verb, Modality modality) {
}
