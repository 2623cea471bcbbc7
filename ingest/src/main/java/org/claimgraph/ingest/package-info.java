/**
 * Reading inputs into {@link org.claimgraph.model.Document}s: plain text, HTML pages, JSON Lines,
 * RSS and Atom feeds (with ROME) and WARC web archives (with jwarc), from files, directories of
 * files, or standard input.
 *
 * <p>{@link org.claimgraph.ingest.DocumentReader} is the one class to start from. Inputs are
 * untrusted: a bad input, or a bad line of a JSON Lines file, entry of a feed or record of a WARC,
 * becomes an {@link org.claimgraph.ingest.InputProblem} handed to the
 * {@link org.claimgraph.ingest.DocumentSink}, never an exception, and the other documents still
 * come out. Feeds may not declare a DOCTYPE, so no XML entity can make the parser read a file or a
 * URL; WARC files are streamed record by record, so an archive may be of any size.
 *
 * <pre>{@code
 * new DocumentReader(LocalDate.of(2023, 10, 21)).read("crawl/", new DocumentSink() {
 *     public void document(String input, Document document) { store.add(document); }
 *     public void problem(InputProblem problem) { log.add(problem.toString()); }
 * });
 * }</pre>
 */
package org.claimgraph.ingest;
