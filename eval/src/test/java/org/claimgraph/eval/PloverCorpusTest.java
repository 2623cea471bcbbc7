package org.claimgraph.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading PLOVER gold records: the header skipped, actors of both roles, odd source and target values. */
class PloverCorpusTest {

    private static final String FILE = """
            [
              {"id": "HEADER", "event": "DOCUMENT", "eventText": "documentation only"},
              {"id": "R1", "date": "2001-02-03", "text": "Norwegian officials met the Danish envoy.",
               "source": [{"actorText": "Norwegian officials", "code": "NOR", "sector": "GOV"}],
               "target": [{"actorText": "Danish envoy", "code": "DNK", "sector": ""}]},
              {"id": "R2", "date": "2001-02-04", "text": "Amnesty criticised the decision.",
               "source": [{"actorText": "Amnesty", "code": "NGO"}], "target": ""},
              {"id": "R3", "text": "Nobody came.", "source": null}
            ]
            """;

    @TempDir
    Path dir;

    @Test
    void skipsRecordsWithoutTextAndReadsBothRoles() throws Exception {
        Path file = Files.writeString(dir.resolve("plover.json"), FILE);

        List<PloverRecord> records = PloverCorpus.read(file);

        assertThat(records).extracting(r -> r.document().id()).containsExactly("R1", "R2", "R3");
        PloverRecord first = records.get(0);
        assertThat(first.document().text()).isEqualTo("Norwegian officials met the Danish envoy.");
        assertThat(first.document().published()).isEqualTo(LocalDate.of(2001, 2, 3));
        assertThat(first.actors()).containsExactly(new GoldActor("Norwegian officials", "NOR", "GOV"),
                new GoldActor("Danish envoy", "DNK", null));
        assertThat(records.get(1).actors()).containsExactly(new GoldActor("Amnesty", "NGO", null));
        assertThat(records.get(2).actors()).isEmpty();
        assertThat(records.get(2).document().published()).isNull();
    }

    @Test
    void theLimitCountsRecordsWithText() throws Exception {
        Path file = Files.writeString(dir.resolve("plover.json"), FILE);

        assertThat(PloverCorpus.read(file, 1)).extracting(r -> r.document().id()).containsExactly("R1");
    }

    @Test
    void badFilesAreErrorsNamingTheFileAndRecord() throws Exception {
        assertThatThrownBy(() -> PloverCorpus.read(dir.resolve("missing.json"), 5))
                .isInstanceOf(GoldDataException.class).hasMessageContaining("no such file");
        Path object = Files.writeString(dir.resolve("object.json"), "{\"id\": 1}");
        assertThatThrownBy(() -> PloverCorpus.read(object, 5))
                .isInstanceOf(GoldDataException.class).hasMessageContaining("not a JSON array");
        Path badDate = Files.writeString(dir.resolve("date.json"),
                "[{\"id\": \"R9\", \"date\": \"soon\", \"text\": \"x\"}]");
        assertThatThrownBy(() -> PloverCorpus.read(badDate, 5))
                .isInstanceOf(GoldDataException.class).hasMessageContaining("record R9").hasMessageContaining("date");
        Path noCode = Files.writeString(dir.resolve("code.json"),
                "[{\"id\": \"R8\", \"text\": \"x\", \"source\": [{\"actorText\": \"x\"}]}]");
        assertThatThrownBy(() -> PloverCorpus.read(noCode, 5))
                .isInstanceOf(GoldDataException.class).hasMessageContaining("record R8")
                .hasMessageContaining("\"code\"");
    }
}
