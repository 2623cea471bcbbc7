package org.claimgraph.store;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The value formats of the exports, without a store: GDELT codes and dates, XML text, SQL literals. */
class ExportFormatsTest {

    @ParameterizedTest(name = "CAMEO {0} is GDELT {1}, base {2}, root {3}, QuadClass {4}")
    @CsvSource({
            "01,   010,  010, 01, 1",
            "042,  042,  042, 04, 1",
            "057,  057,  057, 05, 1",
            "06,   060,  060, 06, 2",
            "0874, 0874, 087, 08, 2",
            "090,  090,  090, 09, 3",
            "130,  130,  130, 13, 3",
            "1383, 1383, 138, 13, 3",
            "14,   140,  140, 14, 4",
            "195,  195,  195, 19, 4",
            "204,  204,  204, 20, 4",
    })
    void cameoCodesBecomeGdeltCodes(String cameo, String code, String base, String root, String quad) {
        String gdelt = Gdelt.eventCode(cameo);
        assertThat(gdelt).isEqualTo(code);
        assertThat(gdelt.substring(0, 3)).isEqualTo(base);
        assertThat(gdelt.substring(0, 2)).isEqualTo(root);
        assertThat(Gdelt.quadClass(gdelt)).isEqualTo(quad);
    }

    @Test
    void codesOutsideCameoHaveNoQuadClass() {
        assertThat(Gdelt.quadClass("000")).isNull();
        assertThat(Gdelt.quadClass("210")).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2025-01-01, 2025.0027", "2025-03-06, 2025.1781", "2015-02-18, 2015.1342"})
    void fractionDateIsTheYearPlusDayOfYearOver365(LocalDate day, String fraction) {
        assertThat(Gdelt.fractionDate(day)).isEqualTo(fraction);
    }

    @Test
    void eventKeysAreNumbers() {
        assertThat(Keys.eventNumber("e0000000001")).isEqualTo(1);
        assertThat(Keys.eventNumber("effffffffff")).isEqualTo(0xff_ffff_ffffL);
        assertThatThrownBy(() -> Keys.eventNumber("c0000000001")).hasMessageContaining("not an event key");
        assertThatThrownBy(() -> Keys.eventNumber("e00000000001")).hasMessageContaining("not an event key");
    }

    @Test
    void xmlTextLosesOnlyWhatXmlCannotHold() {
        assertThat(GraphMl.xml("A & B <C> \"d\" 'e' é 🚀\t\n")).isEqualTo("A & B <C> \"d\" 'e' é 🚀\t\n");
        assertThat(GraphMl.xml("bell\u0007 nul\u0000 lone\uD800 end")).isEqualTo("bell\uFFFD nul\uFFFD lone\uFFFD end");
        assertThat(GraphMl.xml("\uFFFE")).isEqualTo("\uFFFD");
    }

    @Test
    void sqlLiteralsDoubleQuotes() {
        assertThat(Exports.literal("/tmp/it's here\\x.parquet")).isEqualTo("'/tmp/it''s here\\x.parquet'");
    }
}
