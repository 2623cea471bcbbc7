package org.claimgraph.eval;

import org.claimgraph.model.Document;

import java.util.List;
import java.util.Objects;

/** A PLOVER gold record: one sentence as a document, its source and target actors, and its event type (PLOVER 0.5). */
public record PloverRecord(Document document, List<GoldActor> actors, String event) {

    public PloverRecord {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(event, "event");
        actors = List.copyOf(actors);
    }
}
