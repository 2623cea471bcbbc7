/**
 * The actor registry: the countries, capitals and seats of power, organisations and role nouns that
 * claimgraph recognises by name, read from hand-written data files and looked up by phrase.
 *
 * <p>Start from {@link org.claimgraph.extract.actors.ActorRegistry#load()}; load it once and share it.
 * The data files live next to this package on the classpath
 * ({@code org/claimgraph/extract/actors/*.tsv}); each opens with {@code #} lines saying what a line
 * means and what each column holds:
 * <ul>
 *   <li>{@code countries.tsv} — every ISO-3166-1 country: alpha-3 code, name, other names, demonyms;</li>
 *   <li>{@code seats.tsv} — capitals, seats of power and named state bodies, each standing for one
 *       country in one sector ("the Pentagon" = USA, MIL);</li>
 *   <li>{@code organizations.tsv} — intergovernmental organisations, international NGOs and news media;</li>
 *   <li>{@code roles.tsv} — role nouns and titles with their sector and whether they name a person or a group.</li>
 * </ul>
 * The registry only answers "what does this phrase name?"; deciding which phrases of a text to ask
 * about (NER spans, token n-grams up to {@link org.claimgraph.extract.actors.ActorRegistry#maxPhraseWords()})
 * is the caller's job.
 */
package org.claimgraph.extract.actors;
