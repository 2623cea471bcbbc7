package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code claimgraph analyze} as a user runs it: the example article in every format, batches, bad
 * inputs that never stop a batch, help and usage errors. Missions: attribution end to end, robustness.
 */
class AnalyzeCommandTest {

    private static final Path ROOT = Path.of(System.getProperty("claimgraph.root", ".."));
    private static final String EXAMPLE = ROOT.resolve("examples/mackerel-dispute.txt").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void textReportShowsActorsWhoSaidWhatTimesAndPlaces() {
        CommandRun r = CommandRun.withModels("analyze", EXAMPLE, "--date", "2025-03-08");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("published 2025-03-08", "Actors (", "Who said what (", "Times (")
                .contains("Ingrid Halvorsen").contains("NORGOV")
                .contains("Ingrid Halvorsen (\"she\") → added · direct")
                .contains("Friday → 2025-03-07")
                .contains("Places (", "Copenhagen → DNK")
                .doesNotContain("\033[");
    }

    @Test
    void jsonFollowsTheContract() throws IOException {
        CommandRun r = CommandRun.withModels("analyze", EXAMPLE, "--date", "2025-03-08", "--format", "json");

        assertThat(r.exit()).isZero();
        JsonNode a = JSON.readTree(r.out());
        assertThat(a.fieldNames()).toIterable()
                .containsExactly("document", "actors", "mentions", "places", "times", "statements", "events", "claims");
        assertThat(a.at("/document/published").asText()).isEqualTo("2025-03-08");
        String text = a.at("/document/text").asText();
        for (JsonNode s : a.get("statements")) {
            JsonNode content = s.get("content");
            assertThat(text.substring(content.get("start").asInt(), content.get("end").asInt()))
                    .isEqualTo(content.get("text").asText());
            assertThat(s.get("form").asText()).isIn("DIRECT", "MIXED", "INDIRECT");
        }
        List<String> actorIds = new ArrayList<>();
        a.get("actors").forEach(x -> actorIds.add(x.get("id").asText()));
        a.get("mentions").forEach(m -> assertThat(actorIds).contains(m.get("actor").asText()));
    }

    @Test
    void jsonlPrintsOneAnalysisALineInInputOrder() throws IOException {
        String second = ROOT.resolve("examples/river-treaty.txt").toString();
        CommandRun r = CommandRun.withModels("analyze", EXAMPLE, second, "--format", "jsonl", "--threads", "2");

        assertThat(r.exit()).isZero();
        List<JsonNode> lines = r.jsonLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).at("/document/text").asText()).startsWith("Norway’s top diplomat");
        assertThat(lines.get(1).at("/document/text").asText()).startsWith("Chile accused");
    }

    @Test
    void badInputsAreOneLineEachAndTheBatchGoesOn() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Path batch = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"id\":\"one\",\"text\":\"Anders Dahl said the talks had failed.\"}",
                "{not json",
                "{\"id\":\"three\",\"title\":\"no text\"}",
                "{\"id\":\"four\",\"text\":\"Maria Lind said the ship had left.\",\"published\":\"2025-01-02\"}"));
        Path missing = dir.resolve("missing.txt");

        CommandRun r = CommandRun.withModels("analyze", missing.toString(), empty.toString(), binary.toString(), batch.toString(), EXAMPLE,
                "--format", "jsonl");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.jsonLines()).extracting(n -> n.at("/document/id").asText())
                .containsExactly("one", "four", r.jsonLines().get(2).at("/document/id").asText());
        assertThat(r.jsonLines()).hasSize(3);
        List<String> errors = r.err().lines().toList();
        assertThat(errors).hasSize(5);
        assertThat(errors).anySatisfy(l -> assertThat(l).contains("missing.txt").contains("no such file"))
                .anySatisfy(l -> assertThat(l).contains("empty.txt").contains("empty"))
                .anySatisfy(l -> assertThat(l).contains("photo.txt").contains("binary"))
                .anySatisfy(l -> assertThat(l).contains("batch.jsonl:2").contains("not valid JSON"))
                .anySatisfy(l -> assertThat(l).contains("batch.jsonl:3").contains("text"));
    }

    @Test
    void readsStdin() throws IOException {
        byte[] text = "Anders Dahl said on Friday that the talks had failed.".getBytes(StandardCharsets.UTF_8);
        CommandRun r = CommandRun.withStdin(text, "analyze", "-", "--date", "2025-03-08", "--format", "jsonl");

        assertThat(r.exit()).isZero();
        JsonNode a = r.jsonLines().get(0);
        assertThat(a.at("/statements/0/speaker/text").asText()).isEqualTo("Anders Dahl");
        assertThat(a.at("/statements/0/time").asText()).isEqualTo("2025-03-07");
    }

    @Test
    void helpShowsAnExampleAndUsageErrorsExitWith2() {
        assertThat(CommandRun.withModels("--help").out()).contains("Example:", "claimgraph analyze");
        CommandRun help = CommandRun.withModels("analyze", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Examples:", "--format", "--date");

        CommandRun wrong = CommandRun.withModels("analyze", EXAMPLE, "--format", "xml");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("--format").contains("xml");
        assertThat(CommandRun.withModels("analyse", EXAMPLE).exit()).isEqualTo(2);
    }

    @Test
    void polnearDevRunsInOneJvmAndPrints84Analyses() throws IOException {
        Path dev = Path.of(System.getProperty("claimgraph.shared", "../../shared"), "eval/polnear/dev.jsonl");
        Assumptions.assumeTrue(Files.exists(dev), () -> "skipped: " + dev.toAbsolutePath() + " is absent");

        CommandRun r = CommandRun.withModels("analyze", dev.toString(), "--format", "jsonl");

        assertThat(r.exit()).isZero();
        List<JsonNode> analyses = r.jsonLines();
        assertThat(analyses).hasSize(84);
        assertThat(analyses).allSatisfy(a -> assertThat(a.get("statements")).isNotNull());
        int statements = analyses.stream().mapToInt(a -> a.get("statements").size()).sum();
        assertThat(statements).as("statements over 84 political news articles").isGreaterThan(84 * 5);
    }
}
