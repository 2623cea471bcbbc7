package org.claimgraph.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line of a long batch: counts, bar, and a time-left estimate once it means something. */
class ProgressTest {

    private static Progress progress() {
        return new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false, "ingested");
    }

    @Test
    void theLineCountsDocumentsFailuresAndStoredOnes() {
        Progress p = progress();
        p.expect(40);
        for (int i = 0; i < 9; i++) {
            p.documentDone(i != 3);
        }
        p.documentSkipped();
        assertThat(p.line()).startsWith("[######..................] 10/40 documents ingested (1 failed, 1 already stored) in ")
                .contains(" documents/s");
    }

    @Test
    void noTimeLeftIsGuessedFromTheFirstFewDocuments() {
        Progress p = progress();
        p.expect(840);
        for (int i = 0; i < 9; i++) {
            p.documentDone(true);
        }
        assertThat(p.line()).as("nine documents, model loading included, say little").doesNotContain("left");
        p.documentDone(true);
        assertThat(p.line()).containsPattern(", about \\d+:\\d\\d left$");
    }

    @Test
    void withoutATotalThereIsNoBarAndNoEstimate() {
        Progress p = progress();
        for (int i = 0; i < 12; i++) {
            p.documentDone(true);
        }
        assertThat(p.line()).startsWith("ingested 12 documents (0 failed) in ").doesNotContain("[", "left");
    }
}
