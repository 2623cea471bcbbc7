package org.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DataFile#read(String, java.io.Reader, int)}: comments and blank lines skipped, errors naming file:line. */
class DataFileTest {

    private static List<DataFile.Row> read(String content, int columns) throws IOException {
        return DataFile.read("test.tsv", new StringReader(content), columns);
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndLineNumbersCountThem() throws IOException {
        String content = """
                # header: lemma, stance
                #   second header line

                say\tASSERT
                \t
                   \s
                deny\tDENY
                """;

        List<DataFile.Row> rows = read(content, 2);

        assertThat(rows).containsExactly(
                new DataFile.Row("test.tsv", 4, List.of("say", "ASSERT")),
                new DataFile.Row("test.tsv", 7, List.of("deny", "DENY")));
    }

    @Test
    void anOptionalLastColumnMayBeLeftOutButNoMoreThanThat() throws IOException {
        List<DataFile.Row> rows = DataFile.read("test.tsv", new StringReader("say\tASSERT\nendorse\tASSERT\tTAKES_SIDE\n"), 2, 3);

        assertThat(rows).extracting(row -> row.optional(2)).containsExactly("", "TAKES_SIDE");
        assertThatThrownBy(() -> DataFile.read("test.tsv", new StringReader("say\n"), 2, 3))
                .hasMessageStartingWith("test.tsv:1: expected 2 to 3 tab-separated columns, found 1");
    }

    @Test
    void cellsAreStrippedAndEmptyCellsKept() throws IOException {
        List<DataFile.Row> rows = read(" shrug off \t DISMISS\t\n", 3);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).columns()).containsExactly("shrug off", "DISMISS", "");
        assertThat(rows.get(0).column(1)).isEqualTo("DISMISS");
    }

    @Test
    void windowsLineEndingsAreRead() throws IOException {
        List<DataFile.Row> rows = read("# c\r\nsay\tASSERT\r\n", 2);

        assertThat(rows).containsExactly(new DataFile.Row("test.tsv", 2, List.of("say", "ASSERT")));
    }

    @Test
    void emptyInputHasNoRows() throws IOException {
        assertThat(read("", 2)).isEmpty();
        assertThat(read("# only a comment\n\n", 2)).isEmpty();
    }

    @Test
    void tooFewColumnsIsAnErrorNamingFileAndLine() {
        String content = "# header\nsay\tASSERT\tFIRM\ndeny\tDENY\n";

        assertThatThrownBy(() -> read(content, 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test.tsv:3: ")
                .hasMessageContaining("expected 3 tab-separated columns, found 2")
                .hasMessageContaining("\"deny\tDENY\"");
    }

    @Test
    void tooManyColumnsIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> read("\n\nsay\tASSERT\tFIRM\textra\n", 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test.tsv:3: ")
                .hasMessageContaining("expected 3 tab-separated columns, found 4");
    }

    @Test
    void trailingTabCountsAsAnEmptyColumn() {
        assertThatThrownBy(() -> read("say\tASSERT\t\n", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test.tsv:1: ")
                .hasMessageContaining("found 3");
    }

    @Test
    void rowErrorNamesFileAndLine() {
        DataFile.Row row = new DataFile.Row("cues.tsv", 42, List.of("x"));

        assertThat(row.error("unknown stance \"X\"")).isInstanceOf(IllegalStateException.class)
                .hasMessage("cues.tsv:42: unknown stance \"X\"");
    }

    @Test
    void missingResourceIsAnErrorNamingItAndItsOwner() {
        assertThatThrownBy(() -> DataFile.read(DataFileTest.class, "no-such-file.tsv", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-file.tsv").hasMessageContaining(DataFileTest.class.getName());
    }
}
