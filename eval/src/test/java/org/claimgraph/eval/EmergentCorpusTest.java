package org.claimgraph.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading Emergent stance files: columns by name, and bad rows as problems naming file and line. */
class EmergentCorpusTest {

    @TempDir
    Path dir;

    @Test
    void readsColumnsByNameInAnyOrderAndKeepsTheLine() throws Exception {
        Path file = Files.writeString(dir.resolve("stance.csv"), """
                articleId,articleHeadlineStance,extra,claimHeadline,articleHeadline,claimId
                a1,for,x,The ferry sank,"Ferry sinks off Port Elgin, all rescued",c1
                a2, Observing ,y,The ferry sank,"Ferry ""may have sunk"", coast guard says",c1
                """);

        EmergentCorpus.Contents contents = EmergentCorpus.read(file);

        assertThat(contents.problems()).isEmpty();
        assertThat(contents.headlines()).containsExactly(
                new EmergentHeadline(2, "a1", "c1", "The ferry sank", "Ferry sinks off Port Elgin, all rescued",
                        HeadlineStance.FOR),
                new EmergentHeadline(3, "a2", "c1", "The ferry sank", "Ferry \"may have sunk\", coast guard says",
                        HeadlineStance.OBSERVING));
        assertThat(contents.headlines().get(0).document().published()).isNull();
        assertThat(contents.headlines().get(0).document().id()).isEqualTo("a1");
    }

    @Test
    void badRowsAreProblemsNamingFileAndLineAndTheOthersAreRead() throws Exception {
        Path file = Files.writeString(dir.resolve("stance.csv"), """
                claimHeadline,articleHeadline,articleHeadlineStance,articleId
                The ferry sank,Ferry sinks,for,a1
                The ferry sank,Ferry sinks, all rescued,for,a2
                The ferry sank,Ferry sank?,neutral,a3
                The ferry sank,,against,a4
                The ferry sank,Ferry sinking a hoax,against,a1
                The ferry sank,"Ferry "sinks",for,a5

                The ferry sank,Ferry reportedly sinks,observing,a6
                """);

        EmergentCorpus.Contents contents = EmergentCorpus.read(file);

        assertThat(contents.headlines()).extracting(EmergentHeadline::articleId).containsExactly("a1", "a6");
        assertThat(contents.headlines().get(1).line()).isEqualTo(9);
        String name = file.toString();
        assertThat(contents.problems()).hasSize(5);
        assertThat(contents.problems().get(0)).startsWith(name + ":3: ").contains("5 fields, the header has 4");
        assertThat(contents.problems().get(1)).startsWith(name + ":4: ").contains("\"neutral\"",
                "for, against or observing");
        assertThat(contents.problems().get(2)).startsWith(name + ":5: ").contains("empty articleHeadline");
        assertThat(contents.problems().get(3)).startsWith(name + ":6: ").contains("articleId a1", "earlier line");
        assertThat(contents.problems().get(4)).startsWith(name + ":7: ").contains("after the closing quote");
    }

    @Test
    void theLimitCountsGoodRows() throws Exception {
        Path file = Files.writeString(dir.resolve("stance.csv"), """
                claimHeadline,articleHeadline,articleHeadlineStance,articleId
                c,h1,for,a1
                c,h2,maybe,a2
                c,h3,for,a3
                c,h4,for,a4
                """);

        EmergentCorpus.Contents contents = EmergentCorpus.read(file, 2);

        assertThat(contents.headlines()).extracting(EmergentHeadline::articleId).containsExactly("a1", "a3");
        assertThat(contents.problems()).hasSize(1);
    }

    @Test
    void aFileWithoutAColumnOrWithoutTextIsAnError() throws Exception {
        Path noStance = Files.writeString(dir.resolve("no-stance.csv"), "claimHeadline,articleHeadline,articleId\nc,h,a1\n");
        assertThatThrownBy(() -> EmergentCorpus.read(noStance)).isInstanceOf(GoldDataException.class)
                .hasMessageContaining("no-stance.csv:1")
                .hasMessageContaining("no column \"articleHeadlineStance\"");

        Path empty = Files.writeString(dir.resolve("empty.csv"), "\n");
        assertThatThrownBy(() -> EmergentCorpus.read(empty)).hasMessageContaining("empty file");

        assertThatThrownBy(() -> EmergentCorpus.read(dir.resolve("missing.csv")))
                .isInstanceOf(GoldDataException.class).hasMessageContaining("no such file");

        Path latin1 = Files.write(dir.resolve("latin1.csv"),
                "claimHeadline,articleHeadline,articleHeadlineStance,articleId\nc,caf\u00e9,for,a\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> EmergentCorpus.read(latin1)).hasMessageContaining("not UTF-8");
    }

    @Test
    void stanceLabelsAreCaseInsensitive() {
        assertThat(HeadlineStance.find("AGAINST")).contains(HeadlineStance.AGAINST);
        assertThat(HeadlineStance.find("discuss")).isEmpty();
        assertThat(HeadlineStance.OBSERVING.label()).isEqualTo("observing");
    }
}
