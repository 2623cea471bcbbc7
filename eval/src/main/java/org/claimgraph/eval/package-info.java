/**
 * Scoring claimgraph's analyses against human-labelled gold data in {@code ../shared/eval}:
 * attribution spans on PolNeAR ({@link org.claimgraph.eval.AttributionEvaluation}) and actor
 * countries and sectors on the PLOVER gold records ({@link org.claimgraph.eval.ActorEvaluation}).
 *
 * <p>The lifecycle of both evaluations:
 * <ol>
 *   <li>read the gold file ({@link org.claimgraph.eval.PolnearCorpus}, {@link org.claimgraph.eval.PloverCorpus});</li>
 *   <li>analyse each gold document (the caller does, on as many threads as it likes);</li>
 *   <li>{@code add} each gold document with its analysis to the evaluation, from one thread;</li>
 *   <li>read the {@code report()} and, for a list of every error, the {@code mismatches()} or {@code misses()}.</li>
 * </ol>
 *
 * <p>Nothing here runs the analyzer or prints: the {@code claimgraph eval} commands do.
 */
package org.claimgraph.eval;
