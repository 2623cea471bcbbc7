package org.claimgraph.eval;

import org.claimgraph.model.Document;

import java.util.List;
import java.util.Objects;

/**
 * A gold document: the article as claimgraph reads it, who annotated it, and its gold
 * attributions (UTF-16 offsets).
 *
 * @param annotator the annotator's id as the gold file gives it (PolNeAR's {@code annotator}: one
 *                  per document), or null when it names none
 */
public record GoldArticle(Document document, String annotator, List<GoldAttribution> attributions) {

    public GoldArticle {
        Objects.requireNonNull(document, "document");
        attributions = List.copyOf(attributions);
    }
}
