package org.claimgraph.ingest;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimgraph.ingest.Inputs.FALLBACK;
import static org.claimgraph.ingest.Inputs.readFile;
import static org.claimgraph.ingest.WarcFixtures.page;
import static org.claimgraph.ingest.WarcFixtures.request;
import static org.claimgraph.ingest.WarcFixtures.response;
import static org.claimgraph.ingest.WarcFixtures.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.claimgraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** WARC web archives, written at test time with jwarc: one document per captured HTML page. */
class WarcInputTest {

    @TempDir
    Path dir;

    /** An HTML page, a PDF, a request and a second HTML page, as a crawl writes them. */
    private static WarcRecord[] mixedCrawl() {
        return new WarcRecord[] {
                page("https://news.example/harbour", "The harbour board met on Tuesday.", "It approved the new pier."),
                response("https://news.example/report.pdf", MediaType.parse("application/pdf"),
                        "%PDF-1.7 not a page".getBytes(UTF_8)),
                request("https://news.example/ferry"),
                page("https://news.example/ferry", "The ferry sails at noon."),
        };
    }

    private Path file(WarcCompression compression) {
        return dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
    }

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void eachHtmlResponseIsADocumentAndOtherRecordsAreSkipped(WarcCompression compression) {
        Path warc = file(compression);
        write(warc, compression, mixedCrawl());

        RecordingSink sink = readFile(warc);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.order).containsExactly(warc + ":record 1", warc + ":record 4");
        assertThat(sink.documents()).extracting(Document::url, Document::text, Document::title).containsExactly(
                tuple("https://news.example/harbour",
                        "The harbour board met on Tuesday.\nIt approved the new pier.", "Page"),
                tuple("https://news.example/ferry", "The ferry sails at noon.", "Page"));
        assertThat(sink.documents()).allSatisfy(document -> assertThat(document.id())
                .isEqualTo(Document.contentId(document.text())));
        assertThat(sink.documents()).extracting(Document::id).doesNotHaveDuplicates();
    }

    @Test
    void countsTheSkippedRecords() throws IOException, BadInputException {
        Path warc = file(WarcCompression.GZIP);
        write(warc, WarcCompression.GZIP, mixedCrawl());
        RecordingSink sink = new RecordingSink();

        WebArchiveReader.Tally tally;
        try (var in = Files.newInputStream(warc)) {
            tally = new WebArchiveReader(new HtmlExtractor(null)).read("crawl", in, sink);
        }

        assertThat(tally).isEqualTo(new WebArchiveReader.Tally(4, 2, 2, 0));
    }

    @Test
    void theTargetUriIsTheUrlWhateverThePageSaysItsCanonicalLinkIs() {
        Path warc = file(WarcCompression.NONE);
        String html = "<link rel=canonical href=\"https://elsewhere.example/x\"><p>Quayside text.</p>";
        write(warc, WarcCompression.NONE, response("https://news.example/quay?id=7", MediaType.HTML, html.getBytes(UTF_8)));

        assertThat(readFile(warc).only().url()).isEqualTo("https://news.example/quay?id=7");
    }

    @Test
    void thePagesOwnDateComesFirstThenTheFallbackThenTheCaptureDate() {
        Path warc = file(WarcCompression.NONE);
        String dated = "<meta property=\"article:published_time\" content=\"2024-05-30T08:00:00+02:00\"><p>Dated.</p>";
        write(warc, WarcCompression.NONE,
                response("https://news.example/dated", MediaType.HTML_UTF8, dated.getBytes(UTF_8)),
                page("https://news.example/undated", "Undated."));

        RecordingSink withFallback = readFile(warc);
        RecordingSink withoutFallback = new RecordingSink();
        new DocumentReader(null).read(warc.toString(), withoutFallback);

        assertThat(withFallback.documents()).extracting(Document::published)
                .containsExactly(LocalDate.of(2024, 5, 30), FALLBACK);
        assertThat(withoutFallback.documents()).extracting(Document::published)
                .containsExactly(LocalDate.of(2024, 5, 30), LocalDate.of(2024, 6, 2)); // WARC-Date, a UTC day
    }

    @Test
    void theHttpCharsetIsHonoured() {
        Path warc = file(WarcCompression.NONE);
        byte[] latin1 = "<p>Caf\u00e9 owners met.</p>".getBytes(ISO_8859_1);
        write(warc, WarcCompression.NONE,
                response("https://news.example/cafe", MediaType.parse("text/html; charset=koi8-r"), latin1));

        // 0xE9 is a Cyrillic letter in KOI8-R: the header, not the Windows-1252 guess, decides
        assertThat(readFile(warc).only().text()).isEqualTo("Caf\u0418 owners met.");
    }

    @Test
    void aGzipContentEncodingIsUndone() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(gzipped)) {
            gzip.write("<p>Compressed in transit.</p>".getBytes(UTF_8));
        }
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                .body(MediaType.HTML_UTF8, gzipped.toByteArray()).build();
        Path warc = file(WarcCompression.NONE);
        write(warc, WarcCompression.NONE, new WarcResponse.Builder(URI.create("https://news.example/gz"))
                .date(WarcFixtures.CAPTURED).body(http).build());

        assertThat(readFile(warc).only().text()).isEqualTo("Compressed in transit.");
    }

    @Test
    void redirectsAndErrorPagesAreSkipped() throws IOException {
        HttpResponse notFound = new HttpResponse.Builder(404, "Not Found")
                .body(MediaType.HTML_UTF8, "<p>No such page.</p>".getBytes(UTF_8)).build();
        Path warc = file(WarcCompression.NONE);
        write(warc, WarcCompression.NONE,
                new WarcResponse.Builder(URI.create("https://news.example/gone")).date(WarcFixtures.CAPTURED)
                        .body(notFound).build(),
                page("https://news.example/here", "Still here."));

        RecordingSink sink = readFile(warc);

        assertThat(sink.order).containsExactly(warc + ":record 2");
    }

    @Test
    void aBadHttpMessageIsOneProblemAndTheNextRecordsAreRead() {
        Path warc = file(WarcCompression.NONE);
        WarcResponse garbled = new WarcResponse.Builder(URI.create("https://news.example/garbled"))
                .date(WarcFixtures.CAPTURED).body(MediaType.HTTP_RESPONSE, "\u0001\u0002 not HTTP\r\n\r\n".getBytes(UTF_8))
                .build();
        write(warc, WarcCompression.NONE, page("https://news.example/a", "First."), garbled,
                page("https://news.example/b", "Third."));

        RecordingSink sink = readFile(warc);

        assertThat(sink.order).containsExactly(warc + ":record 1", warc + ":record 2", warc + ":record 3");
        assertThat(sink.documents()).extracting(Document::text).containsExactly("First.", "Third.");
        assertThat(sink.problems).singleElement().satisfies(problem ->
                assertThat(problem.problem()).startsWith("HTTP response cannot be read: "));
    }

    @Test
    void aPageWithoutTextIsOneProblemNamingTheRecord() {
        Path warc = file(WarcCompression.NONE);
        write(warc, WarcCompression.NONE,
                response("https://news.example/empty", MediaType.HTML_UTF8, "<nav><p>Home</p></nav>".getBytes(UTF_8)),
                page("https://news.example/full", "Full."));

        RecordingSink sink = readFile(warc);

        assertThat(sink.problems).containsExactly(new InputProblem(warc + ":record 1", "no article text found in the HTML"));
        assertThat(sink.documents()).extracting(Document::text).containsExactly("Full.");
    }

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void aTruncatedArchiveGivesTheDocumentsBeforeTheCutAndOneProblem(WarcCompression compression) throws IOException {
        Path warc = file(compression);
        List<Long> offsets = write(warc, compression, page("https://news.example/1", "One."),
                page("https://news.example/2", "Two."), page("https://news.example/3", "Three, cut short."));
        try (RandomAccessFile file = new RandomAccessFile(warc.toFile(), "rw")) {
            file.setLength((offsets.get(2) + offsets.get(3)) / 2); // halfway through the third record
        }

        RecordingSink sink = readFile(warc);

        assertThat(sink.documents()).extracting(Document::text).containsExactly("One.", "Two.");
        assertThat(sink.problems).singleElement().satisfies(problem -> {
            assertThat(problem.input()).isEqualTo(warc + ":record 3");
            assertThat(problem.problem()).isEqualTo("WARC file ends in the middle of a record (truncated?); "
                    + "record starts at byte " + offsets.get(2) + ", nothing after it can be read");
        });
    }

    @Test
    void anHttpBodyShorterThanItsHeaderSaysIsReadAsFarAsItGoes() {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 500\r\n\r\n<p>Cut short.</p>";
        WarcResponse cut = new WarcResponse.Builder(URI.create("https://news.example/cut"))
                .date(WarcFixtures.CAPTURED).body(MediaType.HTTP_RESPONSE, http.getBytes(UTF_8)).build();
        Path warc = file(WarcCompression.NONE);
        write(warc, WarcCompression.NONE, cut, page("https://news.example/next", "Next page."));

        RecordingSink sink = readFile(warc);

        assertThat(sink.order).containsExactly(warc + ":record 1", warc + ":record 2");
        assertThat(sink.documents()).extracting(Document::text).containsExactly("Cut short.", "Next page.");
    }

    @Test
    void brokenFramingAfterARecordIsOneProblemAfterItsDocument() throws IOException {
        Path warc = file(WarcCompression.NONE);
        List<Long> offsets = write(warc, WarcCompression.NONE, page("https://news.example/1", "One."));
        Files.write(warc, "WARC/1.1\r\nWARC-Type response\r\n\r\n".getBytes(UTF_8), StandardOpenOption.APPEND);

        RecordingSink sink = readFile(warc);

        assertThat(sink.order).containsExactly(warc + ":record 1", warc + ":record 2");
        assertThat(sink.problems).singleElement().satisfies(problem -> assertThat(problem.problem())
                .startsWith("WARC record is corrupt: ")
                .endsWith("record starts at byte " + offsets.get(1) + ", nothing after it can be read"));
    }

    @Test
    void aFileThatIsNotAWarcIsOneProblemNamingTheFile() {
        Path warc = Inputs.write(dir, "notes.warc", "Just some notes, not an archive.\n");

        RecordingSink sink = readFile(warc);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(problem -> {
            assertThat(problem.input()).isEqualTo(warc.toString());
            assertThat(problem.problem()).startsWith("not a WARC file: invalid WARC record at position 0")
                    .endsWith("(expected a record starting WARC/1.0 or WARC/1.1, plain or gzipped)");
        });
    }

    @Test
    void anArchiveOfOnlySkippedRecordsGivesNothingAndNoProblem() {
        Path warc = file(WarcCompression.GZIP);
        write(warc, WarcCompression.GZIP, request("https://news.example/a"));

        RecordingSink sink = readFile(warc);

        assertThat(sink.order).isEmpty();
    }

    @Test
    void aWarcOnStandardInputIsRecognisedByItsFirstBytes() throws IOException {
        Path warc = file(WarcCompression.GZIP);
        write(warc, WarcCompression.GZIP, page("https://news.example/piped", "Piped page."));
        RecordingSink sink = new RecordingSink();

        new DocumentReader(FALLBACK).read("<stdin>", new ByteArrayInputStream(Files.readAllBytes(warc)), null, sink);

        assertThat(sink.order).containsExactly("<stdin>:record 1");
        assertThat(sink.only().text()).isEqualTo("Piped page.");
    }

    @Test
    void aRecordOverTheSizeLimitIsOneProblemAndTheNextIsRead() throws IOException {
        // the body is streamed from a sparse file, so the test writes a 51 MB record without holding it
        Path big = dir.resolve("big.bin");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(DocumentReader.MAX_DOCUMENT_BYTES + 1);
        }
        Path warc = file(WarcCompression.NONE);
        try (var channel = FileChannel.open(big)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK")
                    .body(MediaType.HTML, channel, DocumentReader.MAX_DOCUMENT_BYTES + 1).build();
            write(warc, WarcCompression.NONE, new WarcResponse.Builder(URI.create("https://news.example/huge"))
                    .date(WarcFixtures.CAPTURED).body(http).build(), page("https://news.example/small", "Small."));
        }
        Files.delete(big);

        RecordingSink sink = readFile(warc);

        assertThat(sink.order).containsExactly(warc + ":record 1", warc + ":record 2");
        assertThat(sink.problems).extracting(InputProblem::problem).containsExactly("record is 51 MB, over the 50 MB limit");
        assertThat(sink.documents()).extracting(Document::text).containsExactly("Small.");
    }
}
