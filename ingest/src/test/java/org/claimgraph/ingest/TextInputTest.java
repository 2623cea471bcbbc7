package org.claimgraph.ingest;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.Inputs.FALLBACK;
import static org.claimgraph.ingest.Inputs.bytes;
import static org.claimgraph.ingest.Inputs.concat;
import static org.claimgraph.ingest.Inputs.readBytes;
import static org.claimgraph.ingest.Inputs.readFile;
import static org.claimgraph.ingest.Inputs.write;

import java.nio.charset.Charset;
import java.nio.file.Path;
import org.claimgraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextInputTest {

    private static final String REPORT = "  The harbour board met on Tuesday.\n\nIt said the ferry sails in May.  \n";

    @TempDir
    Path dir;

    @Test
    void keepsTheWholeTextExactly() {
        Path file = write(dir, "report.txt", REPORT);

        RecordingSink sink = readFile(file);

        Document document = sink.only();
        assertThat(document.text()).isEqualTo(REPORT);
        assertThat(document.title()).isNull();
        assertThat(document.url()).isNull();
        assertThat(document.outlet()).isNull();
        assertThat(document.published()).isEqualTo(FALLBACK);
        assertThat(document.id()).isEqualTo(Document.contentId(REPORT));
        assertThat(sink.reads.get(0).input()).isEqualTo(file.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"report.text", "REPORT.TXT"})
    void acceptsEveryTextExtension(String name) {
        assertThat(readFile(write(dir, name, REPORT)).only().text()).isEqualTo(REPORT);
    }

    @Test
    void withoutAFallbackDateTheDateIsNull() {
        RecordingSink sink = new RecordingSink();
        new DocumentReader(null).read(write(dir, "report.txt", REPORT).toString(), sink);

        assertThat(sink.only().published()).isNull();
    }

    @Test
    void normalisesWindowsAndOldMacLineEndings() {
        Path file = write(dir, "report.txt", "one\r\ntwo\rthree\n\r\nfour");

        assertThat(readFile(file).only().text()).isEqualTo("one\ntwo\nthree\n\nfour");
    }

    @Test
    void stripsAUtf8ByteOrderMark() {
        Path file = write(dir, "report.txt", concat(bytes(0xEF, 0xBB, 0xBF), "Caf\u00e9 opens.\r\n".getBytes(UTF_8)));

        assertThat(readFile(file).only().text()).isEqualTo("Caf\u00e9 opens.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void decodesUtf16WithAByteOrderMark(String charsetName) {
        Charset charset = Charset.forName(charsetName);
        byte[] bom = charset.equals(UTF_16LE) ? bytes(0xFF, 0xFE) : bytes(0xFE, 0xFF);
        Path file = write(dir, "report.txt", concat(bom, "Caf\u00e9 \u2014 \uD83D\uDEA2 sails.".getBytes(charset)));

        assertThat(readFile(file).only().text()).isEqualTo("Caf\u00e9 \u2014 \uD83D\uDEA2 sails.");
    }

    @Test
    void fallsBackToWindows1252WhenTheBytesAreNotUtf8() {
        // "Café – 5€" in Windows-1252: é = E9, en dash = 96, euro = 80
        Path file = write(dir, "report.txt", concat("Caf".getBytes(UTF_8), bytes(0xE9, 0x20, 0x96, 0x20, 0x35, 0x80)));

        assertThat(readFile(file).only().text()).isEqualTo("Caf\u00e9 \u2013 5\u20ac");
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreOneProblem() {
        // E9 is not UTF-8 here; 81 is undefined in Windows-1252
        Path file = write(dir, "report.txt", concat("Caf".getBytes(UTF_8), bytes(0xE9, 0x20, 0x81)));

        RecordingSink sink = readFile(file);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).containsExactly(new InputProblem(file.toString(),
                "cannot decode the text: not UTF-8, UTF-16 or Windows-1252 (first bad byte at offset 3)"));
    }

    @Test
    void aByteOrderMarkThatLiesIsOneProblem() {
        // a UTF-16LE mark, then a lone low surrogate DC00
        RecordingSink sink = readBytes(concat(bytes(0xFF, 0xFE), "ok".getBytes(UTF_16LE), bytes(0x00, 0xDC)), Format.TEXT);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).extracting(InputProblem::problem).containsExactly(
                "cannot decode the text: not valid UTF-16LE although it starts with a UTF-16LE byte order mark"
                        + " (first bad byte at offset 6)");
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        assertThat(readBytes("Ships \uD83D\uDEA2 sail.".getBytes(UTF_8), Format.TEXT)
                .only().text()).isEqualTo("Ships \uD83D\uDEA2 sail.");
    }
}
