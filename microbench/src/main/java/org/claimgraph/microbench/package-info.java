/**
 * JMH micro-benchmarks of claimgraph's own hot paths, one class per path: cue matching and the
 * statement finder ({@link org.claimgraph.microbench.CueMatchingBenchmark}), actor finding
 * ({@link org.claimgraph.microbench.ActorFindingBenchmark}), frame coding
 * ({@link org.claimgraph.microbench.FrameCodingBenchmark}) and store writes
 * ({@link org.claimgraph.microbench.StoreWriteBenchmark}).
 *
 * <p>Every benchmark reads one of our example articles, annotated once per trial by
 * {@link org.claimgraph.microbench.AnalysedArticle}, so it times only its own stage; the CoreNLP
 * cascade, which takes most of an article's time, is measured by {@code claimgraph bench}
 * instead. How to run them and the figures: docs/performance.md, "Micro-benchmarks (JMH)".
 */
package org.claimgraph.microbench;
