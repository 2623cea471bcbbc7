package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.claimgraph.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Whatever the bytes, reading returns normally and accounts for the input with documents or
 * problems. A property over seeded random inputs (jqwik is not among the project's test
 * libraries); a failure names the seed that reproduces it.
 */
class ReaderFuzzTest {

    private static final int CASES = 500;

    /** The formats, and null for a guessed one. */
    private static final List<Format> FORMATS = Arrays.asList(Format.TEXT, Format.HTML, Format.JSONL, Format.FEED,
            Format.WARC, null);

    /** Pieces of text, HTML, JSON Lines, feeds and WARC records, so that inputs get past the first checks. */
    private static final List<String> PIECES = List.of("{", "}", "[", "\"text\":", "\"id\":", "\"published\":",
            "\"2024-01-02\"", "\"Caf\u00e9\"", "1", "null", ",", "\n", "\r\n", "\r", " ", "<p>", "</p>", "<article>",
            "<script>", "<meta charset=\"windows-1251\">", "<title>", "&nbsp;", "\u0000", "\uFEFF", "\u20ac",
            "\uD83D\uDEA2", "\uD800", "\u0081", "The ferry sails.", "<?xml version=\"1.0\"?>", "<rss version=\"2.0\">",
            "<channel>", "<item>", "<description>", "</description>", "</item>", "<feed>", "<entry>", "<!DOCTYPE x>",
            "WARC/1.1\r\n", "WARC-Type: response\r\n", "Content-Length: 12\r\n", "Content-Type: application/http\r\n",
            "HTTP/1.1 200 OK\r\n", "Content-Type: text/html\r\n");

    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1);

    private static final DocumentReader READER = new DocumentReader(Inputs.FALLBACK);

    @Test
    void arbitraryBytesGiveDocumentsOrProblems() {
        for (long seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            byte[] input = new byte[random.nextInt(2_000)];
            random.nextBytes(input);
            assertAccountedFor(input, seed);
        }
    }

    @Test
    void mixturesOfFormatPiecesGiveDocumentsOrProblems() {
        for (long seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            ByteArrayOutputStream input = new ByteArrayOutputStream();
            input.writeBytes(text.toString().getBytes(CHARSETS.get(random.nextInt(CHARSETS.size()))));
            for (int i = random.nextInt(4); i > 0; i--) {
                input.write(random.nextInt(256));
            }
            assertAccountedFor(input.toByteArray(), seed);
        }
    }

    private static void assertAccountedFor(byte[] input, long seed) {
        for (Format format : FORMATS) {
            RecordingSink sink = new RecordingSink();

            READER.read("<fuzz>", new ByteArrayInputStream(input), format, sink);

            String where = "seed " + seed + ", format " + format;
            assertThat(sink.order).as(where).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("<fuzz>"));
            assertThat(sink.documents()).as(where).extracting(Document::text).allSatisfy(text -> assertThat(text).isNotBlank());
            if (format == Format.TEXT || format == Format.HTML) {
                assertThat(sink.order).as(where).hasSize(1);
            }
        }
    }
}
