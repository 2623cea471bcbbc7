package org.claimgraph.ingest;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.Inputs.FALLBACK;
import static org.claimgraph.ingest.Inputs.bytes;
import static org.claimgraph.ingest.Inputs.concat;
import static org.claimgraph.ingest.Inputs.readBytes;
import static org.claimgraph.ingest.Inputs.readFile;
import static org.claimgraph.ingest.Inputs.readString;
import static org.claimgraph.ingest.Inputs.resource;
import static org.claimgraph.ingest.Inputs.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.claimgraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesInputTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryField() {
        String line = """
                {"id": "a-1", "text": "The ferry sails in May.\\r\\nIt is new.", "title": " Ferry ", \
                "url": "https://gazette.example/1", "outlet": "Alder Gazette", "published": "2024-03-05", "extra": [1]}
                """;

        Document document = readString(line, Format.JSONL).only();

        assertThat(document).isEqualTo(new Document("a-1", "https://gazette.example/1", "Alder Gazette", "Ferry",
                LocalDate.of(2024, 3, 5), "en", "The ferry sails in May.\r\nIt is new."));
    }

    @Test
    void readsTheEvaluationCorporaFieldNames() {
        Document document = readString("{\"text\": \"T.\", \"publication_date\": \"2016-09-12\", \"publisher\": \"P\"}",
                Format.JSONL).only();

        assertThat(document.published()).isEqualTo(LocalDate.of(2016, 9, 12));
        assertThat(document.outlet()).isEqualTo("P");
    }

    @Test
    void withoutAnIdTheIdIsTheContentHashAndANumericIdIsKept() {
        assertThat(readString("{\"text\": \"Some text.\"}", Format.JSONL).only().id())
                .isEqualTo(Document.contentId("Some text."));
        assertThat(readString("{\"text\": \"Some text.\", \"id\": 42}", Format.JSONL).only().id()).isEqualTo("42");
    }

    @Test
    void withoutADateTheFallbackDateIsUsed() {
        assertThat(readString("{\"text\": \"T.\", \"published\": null}", Format.JSONL).only().published())
                .isEqualTo(FALLBACK);
    }

    @Test
    void aBatchWithBadLinesStillYieldsTheOtherDocumentsInOrder() {
        Path file = resource("batch.jsonl");

        RecordingSink sink = readFile(file);

        assertThat(sink.documents()).extracting(Document::text)
                .containsExactly("The first report.", "The third report.", "The fifth report.");
        assertThat(sink.documents()).extracting(Document::id)
                .containsExactly("first", "3", Document.contentId("The fifth report."));
        assertThat(sink.documents()).extracting(Document::published)
                .containsExactly(LocalDate.of(2024, 1, 2), FALLBACK, LocalDate.of(2024, 1, 5));
        assertThat(sink.documents().get(2).outlet()).isEqualTo("Harbour Radio");
        assertThat(sink.problems).extracting(InputProblem::input).containsExactly(file + ":2", file + ":4");
        assertThat(sink.problems.get(0).problem()).startsWith("line is not valid JSON: ");
        assertThat(sink.problems.get(1).problem()).isEqualTo("line has no \"text\" field");
        assertThat(sink.order).containsExactly(file + ":1", file + ":2", file + ":3", file + ":4", file + ":5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"text": "T.", "published": "xyz"}           | "published" is not a date: 'xyz' (expected YYYY-MM-DD)
            {"text": "T.", "publication_date": 20240105} | "publication_date" is not a date: '20240105' (expected YYYY-MM-DD)
            {"text": "T.", "published": "2024-02-30"}    | "published" is not a date: '2024-02-30' (expected YYYY-MM-DD)
            {"title": "T."}                              | line has no "text" field
            {"text": null}                               | line has no "text" field
            {"text": " \\n "}                            | "text" is empty
            {"text": 5}                                  | "text" is not a string
            {"text": "T.", "id": true}                   | "id" is not a string or a number
            {"text": "T.", "title": {"a": 1}}            | "title" is not a string
            [1, 2]                                       | line is not a JSON object (expected {"text": "...", ...})
            {"text": "T."} {"text": "U."}                | line holds more than one JSON value (expected one object a line)
            {"text": "T.",}                              | line is not valid JSON: unexpected character ('}' (code 125)): was expecting double-quote to start field name at column 15
            {"text": "T."                                | line is not valid JSON: unexpected end-of-input: expected close marker for Object at column 14
            """)
    void eachBadLineIsOneProblemNamingTheLine(String line, String problem) {
        RecordingSink sink = readString("{\"text\": \"Before.\"}\n" + line + "\n{\"text\": \"After.\"}", Format.JSONL);

        assertThat(sink.problems).containsExactly(new InputProblem("<test>:2", problem));
        assertThat(sink.documents()).extracting(Document::text).containsExactly("Before.", "After.");
    }

    @Test
    void skipsBlankLinesButCountsThem() {
        RecordingSink sink = readString("\n  \n{\"text\": \"Third line.\"}\r\n\r\n{\"text\": 1}\n", Format.JSONL);

        assertThat(sink.order).containsExactly("<test>:3", "<test>:5");
        assertThat(sink.reads.get(0).document().text()).isEqualTo("Third line.");
    }

    @Test
    void aLineThatIsNotUtf8IsOneProblem() {
        byte[] input = concat("{\"text\": \"A.\"}\n{\"text\": \"Caf".getBytes(UTF_8), bytes(0xE9),
                "\"}\n{\"text\": \"B.\"}".getBytes(UTF_8));

        RecordingSink sink = readBytes(input, Format.JSONL);

        assertThat(sink.problems).containsExactly(
                new InputProblem("<test>:2", "line is not valid UTF-8 (first bad byte at offset 13 of the line)"));
        assertThat(sink.documents()).extracting(Document::text).containsExactly("A.", "B.");
    }

    @Test
    void aLineOverTheLimitIsOneProblemAndReadingGoesOn() {
        String huge = "{\"text\": \"" + "a".repeat((int) JsonLinesReader.MAX_LINE_BYTES) + "\"}";

        RecordingSink sink = readString("{\"text\": \"A.\"}\n" + huge + "\n{\"text\": \"B.\"}", Format.JSONL);

        assertThat(sink.problems).containsExactly(new InputProblem("<test>:2", "line is 11 MB, over the 10 MB limit"));
        assertThat(sink.documents()).extracting(Document::text).containsExactly("A.", "B.");
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        byte[] input = concat(bytes(0xFF, 0xFE), "{\"text\": \"Caf\u00e9 \u0a0a.\"}\n{\"text\": \"B.\"}".getBytes(UTF_16LE));

        RecordingSink sink = readBytes(input, Format.JSONL);

        // U+0A0A is the bytes 0A 0A in UTF-16LE: no newline, as newlines are looked for in whole characters
        assertThat(sink.documents()).extracting(Document::text).containsExactly("Caf\u00e9 \u0a0a.", "B.");
        assertThat(sink.problems).isEmpty();
    }

    @Test
    void readsNdjsonFilesAndIgnoresAUtf8ByteOrderMark() {
        Path file = write(dir, "feed.ndjson", concat(bytes(0xEF, 0xBB, 0xBF), "{\"text\": \"A.\"}".getBytes(UTF_8)));

        assertThat(readFile(file).only().text()).isEqualTo("A.");
    }

    @Test
    void aFileOfBlankLinesIsEmpty() {
        Path file = write(dir, "feed.jsonl", "\n \r\n\t\n");

        RecordingSink sink = readFile(file);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).containsExactly(new InputProblem(file.toString(), "file is empty"));
    }
}
