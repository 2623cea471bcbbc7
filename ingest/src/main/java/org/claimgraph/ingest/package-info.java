/**
 * Reading inputs into {@link org.claimgraph.model.Document}s: plain text, HTML pages and JSON
 * Lines, from files or standard input.
 *
 * <p>{@link org.claimgraph.ingest.DocumentReader} is the one class to start from. Inputs are
 * untrusted: a bad input, or a bad line of a JSON Lines file, becomes an
 * {@link org.claimgraph.ingest.InputProblem} handed to the {@link org.claimgraph.ingest.DocumentSink},
 * never an exception, and the other documents still come out.
 *
 * <pre>{@code
 * new DocumentReader(LocalDate.of(2023, 10, 21)).read("articles.jsonl", new DocumentSink() {
 *     public void document(String input, Document document) { store.add(document); }
 *     public void problem(InputProblem problem) { log.add(problem.toString()); }
 * });
 * }</pre>
 */
package org.claimgraph.ingest;
