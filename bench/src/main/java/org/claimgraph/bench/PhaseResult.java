package org.claimgraph.bench;

/**
 * What one pipeline did over the benchmark articles at one thread count.
 *
 * @param pipeline       {@code claimgraph} or {@code corenlp-quote}
 * @param threads        worker threads sharing one pipeline
 * @param warmupArticles articles processed first and not timed
 * @param timed          throughput over the remaining articles, wall clock from the first
 *                       submission to the last completion
 * @param latency        per-article processing times of the timed articles
 * @param failures       timed or warm-up articles whose processing threw
 * @param heap           the heap during the whole phase, warm-up included
 * @param loadBefore     the system's 1-minute load average when the phase started (other work on
 *                       the machine shows here); negative when the OS does not tell
 * @param loadAfter      the same when it ended
 */
public record PhaseResult(String pipeline, int threads, int warmupArticles, Throughput timed, LatencyStats latency,
                          int failures, HeapPeak heap, double loadBefore, double loadAfter) {
}
