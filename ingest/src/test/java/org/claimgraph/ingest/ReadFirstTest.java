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

/** {@link DocumentReader#readFirst}: a corpus read whole, up to a limit, problems collected on the way. */
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
}
