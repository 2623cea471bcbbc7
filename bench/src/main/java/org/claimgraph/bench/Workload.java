package org.claimgraph.bench;

import org.claimgraph.model.Document;

/** What a benchmark phase runs on each article: claimgraph's analysis or the baseline pipeline. Must be thread-safe. */
@FunctionalInterface
public interface Workload {

    /** Processes one document; an exception counts the article as failed and the phase goes on. */
    void process(Document document);
}
