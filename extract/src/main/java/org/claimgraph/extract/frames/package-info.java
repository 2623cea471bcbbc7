/**
 * Frames and their voice: who does what to whom ({@link org.claimgraph.model.Frame}), read from
 * parsed clauses with the action lexicon ({@code actions.tsv}, CAMEO codes) and {@code cameo.tsv}
 * (Goldstein values, PLOVER types); then each frame's voice decides what it becomes: an
 * {@link org.claimgraph.model.Event} when the outlet or a party to it states it, or part of a
 * {@link org.claimgraph.model.Claim} with the speaker's {@link org.claimgraph.model.Stance} when a
 * third party is reported saying it. The flow:
 * <ol>
 *   <li>{@link org.claimgraph.extract.frames.FrameFinder} reads frames from parsed sentences;</li>
 *   <li>{@link org.claimgraph.extract.frames.VoiceReader} turns them into events and claims, joins
 *       paraphrases into one claim and attaches stances that only refer back ("the allegation");</li>
 *   <li>{@link org.claimgraph.extract.frames.EvidenceFinder} adds evidence to the claim in focus.</li>
 * </ol>
 */
package org.claimgraph.extract.frames;
