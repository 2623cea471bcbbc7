/**
 * Scoring claimgraph's analyses against human-labelled gold data in {@code ../shared/eval}:
 * attribution spans on PolNeAR ({@link org.claimgraph.eval.AttributionEvaluation}), actor
 * countries and sectors and event types on the PLOVER gold records
 * ({@link org.claimgraph.eval.ActorEvaluation}, {@link org.claimgraph.eval.EventEvaluation}), and
 * headline stance toward a claim on Emergent ({@link org.claimgraph.eval.HeadlineStanceClassifier},
 * {@link org.claimgraph.eval.StanceEvaluation}).
 *
 * <p>The lifecycle of every evaluation:
 * <ol>
 *   <li>read the gold file ({@link org.claimgraph.eval.PolnearCorpus}, {@link org.claimgraph.eval.PloverCorpus},
 *       {@link org.claimgraph.eval.EmergentCorpus});</li>
 *   <li>analyse each gold document (the caller does, on as many threads as it likes);</li>
 *   <li>{@code add} each gold document with its analysis to the evaluation, from one thread (for stance,
 *       the classifier's decision on the analysis);</li>
 *   <li>read the {@code report()} and, for a list of every error, the {@code mismatches()} or {@code misses()}.</li>
 * </ol>
 *
 * <p>Nothing here runs the analyzer or prints: the {@code claimgraph eval} commands do.
 */
package org.claimgraph.eval;
