package org.claimgraph.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV edge cases: quoting, line ends, line numbers, and malformed records that do not stop the reading. */
class CsvTest {

    private static List<Csv.Row> rows(String text) throws IOException {
        Csv csv = new Csv(new StringReader(text));
        List<Csv.Row> rows = new ArrayList<>();
        Csv.Row row;
        while ((row = csv.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() throws IOException {
        List<Csv.Row> rows = rows("""
                id,headline
                1,"Mayor says ""no comment"", then resigns"
                2,"two
                lines, one field"
                3,plain
                """);

        assertThat(rows).extracting(Csv.Row::fields).containsExactly(
                List.of("id", "headline"),
                List.of("1", "Mayor says \"no comment\", then resigns"),
                List.of("2", "two\nlines, one field"),
                List.of("3", "plain"));
        assertThat(rows).extracting(Csv.Row::line).as("a record starts on the line after the previous one ends")
                .containsExactly(1, 2, 3, 5);
    }

    @Test
    void crlfAndCrLineEndsAByteOrderMarkAndNoFinalLineEnd() throws IOException {
        List<Csv.Row> rows = rows("\uFEFFa,b\r\n1,\"x\r\ny\"\r2,z");

        assertThat(rows).extracting(Csv.Row::fields).containsExactly(List.of("a", "b"), List.of("1", "x\ny"),
                List.of("2", "z"));
        assertThat(rows).extracting(Csv.Row::line).containsExactly(1, 2, 4);
    }

    @Test
    void emptyFieldsTrailingCommasBlankLinesAndLiteralQuotes() throws IOException {
        List<Csv.Row> rows = rows("a,,\"\"\n\n5\" screen,b\n,\n");

        assertThat(rows.get(0).fields()).containsExactly("a", "", "");
        assertThat(rows.get(1).blank()).isTrue();
        assertThat(rows.get(2).fields()).as("a quote inside an unquoted field is a character")
                .containsExactly("5\" screen", "b");
        assertThat(rows.get(3).fields()).containsExactly("", "");
        assertThat(rows).hasSize(4);
    }

    @Test
    void textAfterAClosingQuoteIsOneMalformedRowAndReadingGoesOn() throws IOException {
        List<Csv.Row> rows = rows("a,b\n1,\"Ferry \"sinks\" at dawn\",x\n2,ok\n");

        assertThat(rows).hasSize(3);
        Csv.Row bad = rows.get(1);
        assertThat(bad.malformed()).isTrue();
        assertThat(bad.line()).isEqualTo(2);
        assertThat(bad.fields()).isEmpty();
        assertThat(bad.problem()).contains("text after the closing quote of field 2", "sinks", "\"\"");
        assertThat(rows.get(2).fields()).containsExactly("2", "ok");
        assertThat(rows.get(2).line()).isEqualTo(3);
    }

    @Test
    void aQuoteNeverClosedRunsToTheEndAsOneMalformedRow() throws IOException {
        List<Csv.Row> rows = rows("a,b\n1,\"open\n2,x\n3,y\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).malformed()).isTrue();
        assertThat(rows.get(1).line()).isEqualTo(2);
        assertThat(rows.get(1).problem()).contains("opened on line 2 is never closed");
    }

    @Test
    void writingQuotesOnlyWhatNeedsItAndReadsBack() throws IOException {
        assertThat(Csv.record("a1", "for")).isEqualTo("a1,for");
        String line = Csv.record("x,y", "say \"hi\"", " pad", "two\nlines", "");
        assertThat(line).isEqualTo("\"x,y\",\"say \"\"hi\"\"\",\" pad\",\"two\nlines\",");

        assertThat(rows(line + "\n")).singleElement().extracting(Csv.Row::fields)
                .isEqualTo(List.of("x,y", "say \"hi\"", " pad", "two\nlines", ""));
    }
}
