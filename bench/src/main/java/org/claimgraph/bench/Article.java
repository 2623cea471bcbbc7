package org.claimgraph.bench;

import org.claimgraph.model.Document;

import java.util.List;
import java.util.Objects;

/** One benchmark article: the document and its number of tokens, counted once before anything is timed. */
public record Article(Document document, int tokens) {

    public Article {
        Objects.requireNonNull(document, "document");
        if (tokens < 0) {
            throw new IllegalArgumentException("tokens must not be negative: " + tokens + " in " + document.id());
        }
    }

    /** The documents with their tokens counted by CoreNLP's English tokenizer ({@link TokenCounter}). */
    public static List<Article> of(List<Document> documents) {
        return documents.stream().map(d -> new Article(d, TokenCounter.count(d.text()))).toList();
    }

    /** The total number of tokens of {@code articles}. */
    public static long tokens(List<Article> articles) {
        long total = 0;
        for (Article a : articles) {
            total += a.tokens();
        }
        return total;
    }
}
