/**
 * Stanford CoreNLP behind claimgraph's own small view of a text: tokens with character offsets,
 * sentences, named entities, dependency arcs and resolved time expressions. The dependency arcs
 * come from {@link org.claimgraph.nlp.DependencyParser}, our parser over CoreNLP's English model;
 * the rest from CoreNLP's annotators. This is the only
 * package of the project that imports CoreNLP; everything downstream reads
 * {@link org.claimgraph.nlp.AnnotatedText}.
 *
 * <p>Start from {@link org.claimgraph.nlp.NlpPipeline#load()}, once per JVM.
 */
package org.claimgraph.nlp;
