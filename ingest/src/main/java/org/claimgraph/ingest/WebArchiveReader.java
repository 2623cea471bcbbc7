package org.claimgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;
import org.claimgraph.model.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file, plain or gzipped, with jwarc, streaming one record at a time, so an archive
 * may be of any size. Each {@code response} record that captured a successful (2xx) HTTP response
 * of type {@code text/html} or {@code application/xhtml+xml} becomes one document, named
 * {@code input:record N} (N counts every record from 1), read by the {@link HtmlExtractor}. Other
 * records (requests, metadata, revisits, DNS, images, PDFs, redirects, error pages) are skipped
 * without a problem and only counted.
 *
 * <p>The document's URL is the record's target URI, where the page was captured, whatever its
 * canonical link says. Its date is, in this order: the page's own publication date; else the
 * reader's fallback date, because whoever gives one knows the collection better than the crawler;
 * else the UTC day of the record's {@code WARC-Date}, the capture time, which is after publication
 * and sometimes long after, so the last resort.
 *
 * <p>Problems: a record whose HTTP message or page is bad, or whose page is over the 50 MB limit,
 * is one problem and reading goes on with the next record. A record whose WARC framing is broken,
 * or an archive that ends early (a truncated download) or whose gzip data is corrupt, is one
 * problem naming the record and its byte offset; reading goes on if jwarc can find the next
 * record, and otherwise stops there, which the problem then says. The documents before it have
 * already gone to the sink. Thread-safe: holds only the HTML extractor.
 */
final class WebArchiveReader {

    private static final String EXPECTED_START = "(expected a record starting WARC/1.0 or WARC/1.1, plain or gzipped)";

    private static final String STOPPED = ", nothing after it can be read";

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final HtmlExtractor html;

    /** @param html an extractor whose fallback date is the reader's */
    WebArchiveReader(HtmlExtractor html) {
        this.html = html;
    }

    /** How many records one archive held and what became of them; the sink hears of no skipped record, the tests do. */
    record Tally(int records, int documents, int skipped, int problems) {
    }

    /**
     * Reads every record of the archive in {@code in}, which is left open.
     *
     * @throws BadInputException when the input is not a WARC at all: its first record cannot be read
     */
    Tally read(String input, InputStream in, DocumentSink sink) throws IOException, BadInputException {
        WarcReader warc;
        try {
            warc = new WarcReader(in);
        } catch (EOFException e) {
            throw new BadInputException("not a WARC file: too short " + EXPECTED_START);
        }
        int records = 0;
        int documents = 0;
        int skipped = 0;
        int problems = 0;
        String failure = null; // why the last record could not be read, told once it is known whether reading goes on
        while (true) {
            Optional<WarcRecord> next;
            try {
                next = warc.next();
            } catch (IOException | IllegalArgumentException e) { // Content-Length not a number: an IllegalArgumentException
                if (failure != null) { // the same break, met again
                    sink.problem(new InputProblem(where(input, records), failure + STOPPED));
                } else if (records == 0 && !(e instanceof EOFException)) {
                    throw new BadInputException("not a WARC file: " + describe(e) + " " + EXPECTED_START);
                } else {
                    sink.problem(new InputProblem(where(input, records + 1), broken(e, warc.position()) + STOPPED));
                }
                return new Tally(records, documents, skipped, problems + 1);
            }
            if (failure != null) {
                sink.problem(new InputProblem(where(input, records), failure));
                failure = null;
            }
            if (next.isEmpty()) {
                break;
            }
            records++;
            String where = where(input, records);
            try {
                Optional<Document> document = document(next.get());
                if (document.isPresent()) {
                    sink.document(where, document.get());
                    documents++;
                } else {
                    skipped++;
                }
            } catch (BadInputException e) {
                sink.problem(new InputProblem(where, e.getMessage()));
                problems++;
            } catch (ParsingException | IllegalArgumentException e) { // a bad HTTP message inside sound WARC framing
                sink.problem(new InputProblem(where, "HTTP response cannot be read: " + describe(e)));
                problems++;
            } catch (IOException e) { // the archive failed mid-record: whether jwarc finds the next one, next() tells
                failure = broken(e, warc.position());
                problems++;
            }
        }
        if (records == 0) {
            throw new BadInputException("WARC file has no records");
        }
        return new Tally(records, documents, skipped, problems);
    }

    /** The document of one record; empty for a record that holds no HTML page. */
    private Optional<Document> document(WarcRecord record) throws IOException, BadInputException {
        if (!(record instanceof WarcResponse response) || !isHttp(response.headers())) {
            return Optional.empty();
        }
        long size = record.body().size();
        if (size > DocumentReader.MAX_DOCUMENT_BYTES) { // jwarc reads past the body, keeping none of it, on next()
            throw BadInputException.tooLarge("record", size, DocumentReader.MAX_DOCUMENT_BYTES);
        }
        HttpResponse http = response.http();
        MediaType type = contentType(http.headers());
        if (http.status() / 100 != 2 || !HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        byte[] page = decoded(http.headers(), http.body().stream().readAllBytes()); // at most the record's size
        Charset charset = Optional.ofNullable(type.parameters().get("charset"))
                .flatMap(HtmlExtractor::findCharset).orElse(null);
        Document document = html.extract(page, charset);
        LocalDate published = document.published() != null ? document.published() : captureDate(record);
        return Optional.of(new Document(document.id(), response.target(), document.outlet(), document.title(),
                published, document.language(), document.text()));
    }

    /** Whether a record holds an HTTP message (and not, say, a DNS answer). */
    private static boolean isHttp(MessageHeaders headers) {
        return contentType(headers).base().equals(MediaType.HTTP);
    }

    private static MediaType contentType(MessageHeaders headers) {
        return headers.first("Content-Type").map(MediaType::parseLeniently).orElse(MediaType.OCTET_STREAM);
    }

    /**
     * The page with its HTTP {@code Content-Encoding} undone, in memory and capped at the document
     * limit, so a small compressed record cannot expand without bound. Brotli and zstd are not
     * read: jwarc needs optional libraries for them that this module leaves out.
     */
    private static byte[] decoded(MessageHeaders headers, byte[] body) throws BadInputException {
        List<String> encodings = headers.all("Content-Encoding");
        String encoding = encodings.isEmpty() ? "identity" : encodings.get(encodings.size() - 1).strip().toLowerCase(Locale.ROOT);
        if (encodings.size() > 1) {
            throw new BadInputException("page has several Content-Encodings " + encodings + ", which are not supported");
        }
        try {
            InputStream in = switch (encoding) {
                case "identity", "none", "" -> null;
                case "gzip", "x-gzip" -> new GZIPInputStream(new ByteArrayInputStream(body));
                case "deflate" -> new InflaterInputStream(new ByteArrayInputStream(body));
                default -> throw new BadInputException("page has Content-Encoding '" + encoding
                        + "', which is not supported (expected gzip or deflate)");
            };
            if (in == null) {
                return body;
            }
            try (in) {
                byte[] page = in.readNBytes((int) DocumentReader.MAX_DOCUMENT_BYTES + 1);
                if (page.length > DocumentReader.MAX_DOCUMENT_BYTES) {
                    throw new BadInputException("page is over the " + DocumentReader.MAX_DOCUMENT_BYTES / (1024 * 1024)
                            + " MB limit once its " + encoding + " encoding is undone");
                }
                return page;
            }
        } catch (IOException e) { // in memory, only bad compressed data fails
            throw new BadInputException("page's " + encoding + " encoding is corrupt: " + describe(e));
        }
    }

    /** The UTC day of the record's WARC-Date; the fallback's fallback, null when the date is missing or bad. */
    private static LocalDate captureDate(WarcRecord record) {
        try {
            return record.headers().first("WARC-Date").isPresent()
                    ? LocalDate.ofInstant(record.date(), ZoneOffset.UTC) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String where(String input, int record) {
        return input + ":record " + record;
    }

    /** Why the archive cannot be read past a record. */
    private static String broken(Exception e, long offset) {
        String what = e instanceof EOFException ? "WARC file ends in the middle of a record (truncated?)"
                : e instanceof ZipException ? "WARC file's gzip data is corrupt: " + describe(e)
                : "WARC record is corrupt: " + describe(e);
        return what + "; record starts at byte " + offset;
    }

    private static String describe(Exception e) {
        String message = e instanceof ParsingException parsing ? parsing.getBaseMessage() : e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return BadInputException.abbreviate(message.strip());
    }
}
