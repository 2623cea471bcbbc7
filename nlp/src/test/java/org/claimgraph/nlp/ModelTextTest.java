package org.claimgraph.nlp;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelTextTest {

    @Test
    void everyFourDecimalNumberBelowAHundredIsReadExactlyAsFloatParseFloatReadsIt() throws IOException {
        // the fast path's claim, checked for all two million values it covers
        List<String> cells = new ArrayList<>();
        for (int n = 0; n < 1_000_000; n++) {
            String fraction = Integer.toString(n % 10_000);
            String cell = n / 10_000 + "." + "0000".substring(fraction.length()) + fraction;
            cells.add(cell);
            cells.add("-" + cell);
        }
        ModelText in = new ModelText(stream(String.join(" ", cells)), "t");
        for (String cell : cells) {
            float read = in.number();
            if (Float.floatToIntBits(read) != Float.floatToIntBits(Float.parseFloat(cell))) {
                throw new AssertionError(cell + " is read as " + read);
            }
        }
    }

    @Test
    void negativeZeroStaysNegativeAndOtherFormsGoThroughParseFloat() throws IOException {
        ModelText in = new ModelText(stream("-0.0000 0.0000 1.5e-3 12345.6789 0.123456 -7\n"), "t");

        assertThat(Float.floatToIntBits(in.number())).isEqualTo(Float.floatToIntBits(-0.0f));
        assertThat(Float.floatToIntBits(in.number())).isEqualTo(Float.floatToIntBits(0.0f));
        assertThat(in.number()).isEqualTo(1.5e-3f);
        assertThat(in.number()).isEqualTo(12345.6789f);
        assertThat(in.number()).isEqualTo(0.123456f);
        assertThat(in.number()).isEqualTo(-7f);
        in.endLine();
        assertThat(in.line()).isNull();
    }

    @Test
    void readsHeadersWordsNumbersAndIntegersAcrossLinesWithTrailingSpacesAndCrlf() throws IOException {
        ModelText in = new ModelText(stream("dict=2\r\nNotre-Dame 0.5000 -1.2500 \r\ncafé 2.0000\n17 18\n19"), "t");

        assertThat(in.line()).isEqualTo("dict=2");
        assertThat(in.word()).isEqualTo("Notre-Dame");
        assertThat(in.number()).isEqualTo(0.5f);
        assertThat(in.number()).isEqualTo(-1.25f);
        in.endLine();
        assertThat(in.word()).isEqualTo("café");
        assertThat(in.number()).isEqualTo(2f);
        in.endLine();
        assertThat(in.integer()).isEqualTo(17);
        assertThat(in.moreOnLine()).isTrue();
        assertThat(in.integer()).isEqualTo(18);
        assertThat(in.moreOnLine()).isFalse();
        in.endLine();
        assertThat(in.integer()).isEqualTo(19);
        assertThat(in.moreOnLine()).isFalse();
    }

    @Test
    void cellsThatCrossTheReadBufferAreReadWhole() throws IOException {
        // 70,000 cells, so that some straddle the 64 KiB buffer; a stream that gives 7 bytes at a time
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            text.append(i % 2 == 0 ? "-" : "").append(i % 100).append('.').append(String.format("%04d", i % 10_000)).append(' ');
        }
        InputStream trickle = new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.US_ASCII)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        ModelText in = new ModelText(trickle, "t");
        for (int i = 0; i < 70_000; i++) {
            float expected = Float.parseFloat((i % 2 == 0 ? "-" : "") + (i % 100) + "." + String.format("%04d", i % 10_000));
            assertThat(in.number()).as("cell %d", i).isEqualTo(expected);
        }
        assertThat(in.moreOnLine()).isFalse();
    }

    @Test
    void problemsNameTheFileAndTheLine() throws IOException {
        ModelText tooFew = new ModelText(stream("header\n0.1000\n"), "model.gz");
        tooFew.line();
        tooFew.number();
        assertThatThrownBy(tooFew::number).hasMessage("parser model model.gz, line 2: fewer values than expected");

        ModelText tooMany = new ModelText(stream("0.1000 0.2000\n"), "model.gz");
        tooMany.number();
        assertThatThrownBy(tooMany::endLine).hasMessage("parser model model.gz, line 1: more values than expected");

        assertThatThrownBy(() -> new ModelText(stream("0.1x00"), "model.gz").number())
                .hasMessage("parser model model.gz, line 1: '0.1x00' is not a number");
        assertThatThrownBy(() -> new ModelText(stream("12a"), "model.gz").integer())
                .hasMessage("parser model model.gz, line 1: '12a' is not a whole number");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
