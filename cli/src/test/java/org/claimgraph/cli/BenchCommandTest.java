package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code claimgraph bench} end to end on three invented articles, without the baseline. Asserts the
 * report's structure, never a speed: speed is measured and written in docs/performance.md.
 */
class BenchCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        return Files.writeString(dir.resolve("tiny.jsonl"), String.join("\n",
                "{\"id\":\"a1\",\"publication_date\":\"2025-03-08\",\"title\":\"Harbour row\",\"text\":"
                        + "\"Norway's fisheries minister said on Friday that Iceland had broken the mackerel deal. "
                        + "Reykjavik denied the charge.\"}",
                "{\"id\":\"a2\",\"publication_date\":\"2025-03-09\",\"text\":"
                        + "\"\\\"We will not sign,\\\" the mayor told reporters on Monday. The council met last week.\"}",
                "{\"id\":\"a3\",\"publication_date\":\"2025-03-10\",\"text\":"
                        + "\"Officials in Oslo visited the port. They said talks would resume in April.\"}",
                ""));
    }

    @Test
    void reportsColdStartAndOnePhasePerThreadCountAsJson() throws IOException {
        CommandRun r = CommandRun.withModels("bench", "--corpus", corpus().toString(), "--limit", "3",
                "--warmup", "1", "--threads", "1,2", "--format", "json", "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("articles").asInt()).isEqualTo(3);
        assertThat(report.get("tokens").asLong()).isGreaterThan(30);
        assertThat(report.get("warmupArticles").asInt()).isEqualTo(1);
        assertThat(report.at("/machine/cores").asInt()).isPositive();
        assertThat(report.get("coldStart")).hasSize(1);
        assertThat(report.at("/coldStart/0/pipeline").asText()).isEqualTo("claimgraph");
        assertThat(report.at("/coldStart/0/totalSeconds").asDouble())
                .isGreaterThanOrEqualTo(report.at("/coldStart/0/firstArticleSeconds").asDouble());
        assertThat(report.get("phases")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode phase = report.get("phases").get(i);
            assertThat(phase.get("pipeline").asText()).isEqualTo("claimgraph");
            assertThat(phase.get("threads").asInt()).isEqualTo(i + 1);
            assertThat(phase.get("warmupArticles").asInt()).isEqualTo(1);
            assertThat(phase.get("timedArticles").asInt()).isEqualTo(2);
            assertThat(phase.get("failures").asInt()).isZero();
            assertThat(phase.get("articlesPerSecond").asDouble()).isPositive();
            assertThat(phase.get("tokensPerSecond").asDouble()).isPositive();
            assertThat(phase.at("/latencyMillis/median").asDouble()).isPositive();
            assertThat(phase.at("/heap/peakUsedMiB").asDouble())
                    .isGreaterThanOrEqualTo(phase.at("/heap/peakAfterGcMiB").asDouble());
        }
        assertThat(report.get("ratios")).isEmpty();
    }

    @Test
    void printsATableAndProgressOnStderr() throws IOException {
        CommandRun r = CommandRun.withModels("bench", "--corpus", corpus().toString(), "--warmup", "1",
                "--threads", "1");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("claimgraph bench: 3 articles").contains("Cold start")
                .contains("Throughput after warm-up").doesNotContain("CoreNLP quote pipeline");
        assertThat(r.err()).contains("bench: claimgraph, 1 thread, warm-up: 1 articles")
                .contains("bench: claimgraph, 1 thread, timed: 2 articles");
    }

    @Test
    void aCorpusNoLongerThanTheWarmUpIsRefused() throws IOException {
        CommandRun r = CommandRun.withModels("bench", "--corpus", corpus().toString(), "--warmup", "3");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("gives 3 article(s), but a warm-up of 3 leaves none to time");
    }
}
