package org.claimgraph.ingest;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    /** Every line as text, or as "(N bytes)" when it was over the limit. */
    private static List<String> lines(InputStream in, Charset charset, long maxLineBytes) throws IOException {
        LineSplitter splitter = new LineSplitter(in, charset, maxLineBytes);
        List<String> lines = new ArrayList<>();
        long expectedNumber = 1;
        for (LineSplitter.Line line = splitter.next(); line != null; line = splitter.next()) {
            assertThat(line.number()).isEqualTo(expectedNumber++);
            lines.add(line.bytes() == null ? "(" + line.size() + " bytes)" : new String(line.bytes(), charset));
        }
        return lines;
    }

    private static InputStream oneByteAtATime(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void splitsAtNewlinesAndKeepsALastLineWithoutOne() throws IOException {
        assertThat(lines(new ByteArrayInputStream("a\n\nb\r\nc".getBytes(UTF_8)), UTF_8, 100))
                .containsExactly("a", "", "b\r", "c");
        assertThat(lines(new ByteArrayInputStream("a\n".getBytes(UTF_8)), UTF_8, 100)).containsExactly("a");
        assertThat(lines(new ByteArrayInputStream(new byte[0]), UTF_8, 100)).isEmpty();
    }

    @Test
    void linesLongerThanTheBufferAreWhole() throws IOException {
        String longLine = "x".repeat(200_000);

        assertThat(lines(new ByteArrayInputStream((longLine + "\nshort").getBytes(UTF_8)), UTF_8, 1_000_000))
                .containsExactly(longLine, "short");
    }

    @Test
    void aLineOverTheLimitKeepsOnlyItsSize() throws IOException {
        assertThat(lines(new ByteArrayInputStream("12345\n123456\n1234".getBytes(UTF_8)), UTF_8, 5))
                .containsExactly("12345", "(6 bytes)", "1234");
    }

    @Test
    void findsUtf16NewlinesOnlyInWholeCharactersEvenWhenBytesTrickleIn() throws IOException {
        // U+0A00 then U+000A in UTF-16BE is 0A 00 00 0A: the only newline starts at an even offset
        byte[] input = "\u0a00\nnext\n".getBytes(UTF_16BE);

        assertThat(lines(oneByteAtATime(input), UTF_16BE, 100)).containsExactly("\u0a00", "next");
    }

    @Test
    void keepsAnIncompleteLastCharacter() throws IOException {
        byte[] input = {0x00, 0x41, 0x00};

        LineSplitter splitter = new LineSplitter(new ByteArrayInputStream(input), UTF_16BE, 100);
        LineSplitter.Line line = splitter.next();

        assertThat(line.bytes()).containsExactly(0x00, 0x41, 0x00);
        assertThat(splitter.next()).isNull();
    }
}
