package org.claimgraph.eval;

import org.claimgraph.model.Document;

import java.util.List;
import java.util.Objects;

/** A PLOVER gold record: one sentence as a document, and its source and target actors. */
public record PloverRecord(Document document, List<GoldActor> actors) {

    public PloverRecord {
        Objects.requireNonNull(document, "document");
        actors = List.copyOf(actors);
    }
}
