package org.claimgraph.ingest;

import org.claimgraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DocumentReader#readFirst}: a corpus read up to a limit, problems collected on the way. */
class ReadFirstTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheFirstDocumentsInOrderAndReportsBadLines() throws IOException {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"text\":\"The port reopened on Monday.\"}",
                "{oops",
                "{\"id\":\"b\",\"text\":\"Talks resumed in Oslo.\"}",
                "{\"id\":\"c\",\"text\":\"The ferry sailed at noon.\"}"));
        List<InputProblem> problems = new ArrayList<>();

        List<Document> first = new DocumentReader(null).readFirst(corpus.toString(), 2, problems::add);

        assertThat(first).extracting(Document::id).containsExactly("a", "b");
        assertThat(problems).extracting(InputProblem::input).containsExactly(corpus + ":2");
    }

    @Test
    void stopsReadingAtTheLimitSoThatLaterBadLinesAreNotReported() throws IOException {
        Path corpus = Files.writeString(dir.resolve("corpus.jsonl"), String.join("\n",
                "{\"id\":\"a\",\"text\":\"The port reopened on Monday.\"}",
                "{\"id\":\"b\",\"text\":\"Talks resumed in Oslo.\"}",
                "{broken after the limit"));
        List<InputProblem> problems = new ArrayList<>();

        List<Document> first = new DocumentReader(null).readFirst(corpus.toString(), 2, problems::add);

        assertThat(first).extracting(Document::id).containsExactly("a", "b");
        assertThat(problems).isEmpty();
        assertThat(new DocumentReader(null).readFirst(corpus.toString(), 5, problems::add)).hasSize(2);
        assertThat(problems).extracting(InputProblem::input).containsExactly(corpus + ":3");
    }

    @Test
    void aDirectoryStopsAtTheLimitToo() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "The port reopened on Monday.");
        Files.writeString(dir.resolve("b.txt"), "Talks resumed in Oslo.");
        Files.writeString(dir.resolve("c.txt"), "The ferry sailed at noon.");

        assertThat(new DocumentReader(null).readFirst(dir.toString(), 2, p -> { })).hasSize(2);
        assertThat(new DocumentReader(null).readFirst(dir.toString(), 0, p -> { })).isEmpty();
    }
}
