package org.claimgraph.eval;

import org.claimgraph.model.Document;

import java.util.Objects;

/**
 * One row of an Emergent file: an article headline, the claim it reports and its gold stance.
 *
 * @param line            the line of the file the row starts on, for messages
 * @param articleId       the article's id, unique in the file
 * @param claimId         the claim's id, or null when the file has no {@code claimId} column
 * @param claimHeadline   the claim, as one sentence
 * @param articleHeadline the article's headline
 * @param stance          the gold stance of the headline toward the claim
 */
public record EmergentHeadline(int line, String articleId, String claimId, String claimHeadline,
                               String articleHeadline, HeadlineStance stance) {

    public EmergentHeadline {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(claimHeadline, "claimHeadline");
        Objects.requireNonNull(articleHeadline, "articleHeadline");
        Objects.requireNonNull(stance, "stance");
    }

    /** The headline as a tiny document to analyse: the article id as its id, no date. */
    public Document document() {
        return new Document(articleId, null, null, null, null, "en", articleHeadline);
    }
}
