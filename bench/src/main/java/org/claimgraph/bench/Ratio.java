package org.claimgraph.bench;

/**
 * claimgraph's throughput over the baseline's at one thread count.
 *
 * @param threads            the thread count of both phases
 * @param claimgraphPerSecond claimgraph's articles per second
 * @param baselinePerSecond   the baseline's articles per second
 * @param timesFaster         the first over the second
 */
public record Ratio(int threads, double claimgraphPerSecond, double baselinePerSecond, double timesFaster) {
}
