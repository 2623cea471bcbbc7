package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.claimgraph.ingest.Inputs.bytes;
import static org.claimgraph.ingest.Inputs.concat;
import static org.claimgraph.ingest.Inputs.readFile;
import static org.claimgraph.ingest.Inputs.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole inputs that give no document: each is exactly one problem naming the input, never an exception. */
class InputProblemsTest {

    @TempDir
    Path dir;

    private static void assertOneProblem(RecordingSink sink, Path file, String problem) {
        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).containsExactly(new InputProblem(file.toString(), problem));
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("absent.txt");

        assertOneProblem(readFile(file), file, "no such file");
    }

    @Test
    void directoryIsWalkedNotRefused() {
        Path sub = dir.resolve("articles.html");
        assertThat(sub.toFile().mkdir()).isTrue();

        assertOneProblem(readFile(sub), sub, "directory holds no file to read " + Format.EXPECTED);
    }

    @Test
    void unsupportedFileType() {
        Path file = write(dir, "report.pdf", "%PDF-1.7");

        assertOneProblem(readFile(file), file, "unsupported file type '.pdf' (expected .txt, .html, .jsonl, .rss, .atom, .xml, .warc or .warc.gz)");
    }

    @Test
    void noExtension() {
        Path file = write(dir, "README", "Text.");

        assertOneProblem(readFile(file), file, "file has no extension (expected .txt, .html, .jsonl, .rss, .atom, .xml, .warc or .warc.gz)");
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = write(dir, "secret.txt", "Text.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("running as a user who can read any file, such as root").isFalse();

        assertOneProblem(readFile(file), file, "cannot read the file: permission denied");
    }

    @Test
    void aStreamThatFailsIsOneProblem() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("device is gone");
            }
        };
        RecordingSink sink = new RecordingSink();

        new DocumentReader(null).read("<pipe>", failing, Format.TEXT, sink);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).containsExactly(new InputProblem("<pipe>", "cannot read the file: device is gone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.txt", "empty.html", "empty.jsonl"})
    void emptyFile(String name) {
        Path file = write(dir, name, "");

        assertOneProblem(readFile(file), file, "file is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blank.txt", "blank.html"})
    void whitespaceOnlyFile(String name) {
        Path file = write(dir, name, " \r\n\t\n  ");

        assertOneProblem(readFile(file), file, "file is empty");
    }

    @Test
    void byteOrderMarkOnlyFile() {
        Path file = write(dir, "bom.txt", bytes(0xEF, 0xBB, 0xBF));

        assertOneProblem(readFile(file), file, "file is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"image.txt", "image.html", "image.jsonl"})
    void binaryFileWithANul(String name) {
        Path file = write(dir, name, concat("\u0089PNG\r\n".getBytes(StandardCharsets.ISO_8859_1), bytes(0x1A, 0x0A, 0x00, 0x00)));

        assertOneProblem(readFile(file), file, "looks like a binary file, not text");
    }

    @Test
    void binaryFileOfControlCharacters() {
        Path file = write(dir, "data.txt", bytes(0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x42, 0x06, 0x07, 0x08));

        assertOneProblem(readFile(file), file, "looks like a binary file, not text");
    }

    @Test
    void aNulAfterTheFirst8KibIsNotLookedFor() {
        Path file = write(dir, "late.txt", concat("a".repeat(TextDecoder.HEAD_BYTES).getBytes(StandardCharsets.UTF_8), bytes(0x00)));

        assertThat(readFile(file).only().text()).endsWith("a\u0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"huge.txt", "huge.html"})
    void fileOverTheSizeLimit(String name) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(DocumentReader.MAX_DOCUMENT_BYTES + 1);
        }

        assertOneProblem(readFile(file), file, "file is 51 MB, over the 50 MB limit");
    }

    @Test
    void streamOverTheSizeLimit() {
        long size = DocumentReader.MAX_DOCUMENT_BYTES + 3 * 1024 * 1024;
        InputStream letters = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        RecordingSink sink = new RecordingSink();

        new DocumentReader(null).read("<pipe>", letters, Format.TEXT, sink);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).containsExactly(new InputProblem("<pipe>", "file is 53 MB, over the 50 MB limit"));
    }

    @Test
    void aLargeJsonLinesFileIsNotRefused() throws IOException {
        Path file = dir.resolve("big.jsonl");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            // a document, a blank line past the 8 KiB head, then a 50 MB line of NULs
            sparse.write(("{\"text\": \"A.\"}\n" + " ".repeat(TextDecoder.HEAD_BYTES) + "\n").getBytes(StandardCharsets.UTF_8));
            sparse.setLength(DocumentReader.MAX_DOCUMENT_BYTES + 1);
        }

        RecordingSink sink = readFile(file);

        assertThat(sink.reads).hasSize(1);
        assertThat(sink.problems).extracting(InputProblem::problem).containsExactly("line is 50 MB, over the 10 MB limit");
    }

    @Test
    void invalidPath() {
        RecordingSink sink = new RecordingSink();

        new DocumentReader(null).read("bad\u0000name.txt", sink);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).extracting(InputProblem::input).containsExactly("bad\u0000name.txt");
        assertThat(sink.problems.get(0).problem()).startsWith("not a valid file path: ");
    }

    @Test
    void problemsReadAsInputThenProblem() {
        assertThat(new InputProblem("feed.jsonl:4", "line has no \"text\" field"))
                .hasToString("feed.jsonl:4: line has no \"text\" field");
    }
}
