/**
 * Measuring claimgraph: throughput (articles and tokens per second after a warm-up), per-article
 * latency, peak heap, and the same figures for Stanford CoreNLP's own quote-attribution pipeline
 * as the baseline. The {@code claimgraph bench} command in the cli module drives it.
 *
 * <p>This package imports CoreNLP directly, the one sanctioned exception to "only {@code nlp}
 * imports CoreNLP" (DESIGN.md): the baseline is CoreNLP's pipeline as a user would build it, so it
 * cannot go through claimgraph's own view. Nothing outside this package and {@code nlp} may import
 * CoreNLP, and nothing here is used by the analysis itself.
 *
 * <p>Start from {@link org.claimgraph.bench.PhaseRunner#run}: one pipeline ({@link Workload}) over a
 * list of {@link Article}s at one thread count gives one {@link PhaseResult};
 * {@link org.claimgraph.bench.BenchReport} gathers the phases of a run.
 */
package org.claimgraph.bench;
