package org.claimgraph.bench;

/**
 * How long a pipeline took before it gave its first result.
 *
 * @param pipeline             {@code claimgraph} or {@code corenlp-quote}
 * @param totalSeconds         for claimgraph, from the JVM's start
 *                             ({@code RuntimeMXBean.getStartTime()}) to the first analysis finished;
 *                             for the baseline, which loads later in the same JVM, its load plus
 *                             its first article
 * @param loadSeconds          for claimgraph, from the JVM's start to its models loaded (they load
 *                             while the command line is parsed and the corpus read); for the
 *                             baseline, loading its models
 * @param firstArticleSeconds  the first article, on a cold JIT
 */
public record ColdStart(String pipeline, double totalSeconds, double loadSeconds, double firstArticleSeconds) {
}
