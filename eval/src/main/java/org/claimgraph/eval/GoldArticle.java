package org.claimgraph.eval;

import org.claimgraph.model.Document;

import java.util.List;
import java.util.Objects;

/** A gold document: the article as claimgraph reads it, and its gold attributions (UTF-16 offsets). */
public record GoldArticle(Document document, List<GoldAttribution> attributions) {

    public GoldArticle {
        Objects.requireNonNull(document, "document");
        attributions = List.copyOf(attributions);
    }
}
