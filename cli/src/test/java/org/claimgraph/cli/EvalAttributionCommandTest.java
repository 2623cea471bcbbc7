package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code claimgraph eval attribution} end to end: PolNeAR dev documents, a gold file of our own, help, bad input. */
class EvalAttributionCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static List<JsonNode> jsonLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static void assertFraction(JsonNode score, String what) {
        for (String figure : List.of("precision", "recall", "f1")) {
            assertThat(score.get(figure).asDouble()).as(what + " " + figure).isBetween(0.0, 1.0);
        }
        assertThat(score.get("matched").asInt()).as(what).isLessThanOrEqualTo(Math.min(score.get("gold").asInt(),
                score.get("predicted").asInt()));
    }

    @Test
    void scoresFivePolnearDevDocumentsAsJsonAndWritesEveryError() throws IOException {
        Path dev = CommandRun.sharedEval("polnear/dev.jsonl");
        Path errors = dir.resolve("errors.jsonl");

        CommandRun r = CommandRun.withModels("eval", "attribution", "--gold", dev.toString(), "--limit", "5", "--format", "json",
                "--errors", errors.toString(), "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("documents").asInt()).isEqualTo(5);
        List<String> roles = new ArrayList<>();
        for (JsonNode role : report.get("roles")) {
            roles.add(role.get("role").asText());
            assertFraction(role.get("exact"), role.get("role") + " exact");
            assertFraction(role.get("overlap"), role.get("role") + " overlap");
            assertThat(role.at("/exact/matched").asInt()).isLessThanOrEqualTo(role.at("/overlap/matched").asInt());
            assertThat(role.at("/exact/gold").asInt()).isPositive();
        }
        assertThat(roles).containsExactly("SOURCE", "CUE", "CONTENT");
        JsonNode attribution = report.get("attribution");
        assertFraction(attribution, "attribution");
        assertThat(attribution.get("matched").asInt()).as("attributions found in 5 articles").isPositive();
        int annotatedDocuments = 0;
        int annotatedCues = 0;
        for (JsonNode annotator : report.get("annotators")) {
            assertThat(annotator.get("annotator").asText()).isNotBlank().isNotEqualTo("(none)");
            annotatedDocuments += annotator.get("documents").asInt();
            annotatedCues += annotator.at("/cue/gold").asInt();
        }
        assertThat(annotatedDocuments).as("each PolNeAR document has one annotator").isEqualTo(5);
        assertThat(annotatedCues).isEqualTo(report.at("/roles/1/overlap/gold").asInt());
        assertThat(report.get("frequentMisses").size()).isBetween(1, 20);
        assertThat(report.at("/frequentMisses/0/count").asInt()).isPositive();

        List<JsonNode> lines = jsonLines(errors);
        assertThat(lines).isNotEmpty().allSatisfy(e -> {
            assertThat(e.get("document").asText()).isNotBlank();
            assertThat(e.get("role").asText()).isIn("SOURCE", "CUE", "CONTENT", "ATTRIBUTION");
            assertThat(e.get("matching").asText()).isIn("EXACT", "OVERLAP");
            assertThat(e.get("kind").asText()).isIn("MISS", "FALSE_ALARM");
            assertThat(e.get("context").asText()).contains(e.at("/span/text").asText().strip().split("[\\s\\p{Z}]+")[0])
                    .hasSizeLessThanOrEqualTo(400);
        });
        long attributionMisses = lines.stream()
                .filter(e -> e.get("role").asText().equals("ATTRIBUTION") && e.get("kind").asText().equals("MISS"))
                .count();
        assertThat(attributionMisses).isEqualTo(attribution.get("gold").asInt() - attribution.get("matched").asInt());
    }

    @Test
    void theTextReportIsATableWithTheMostFrequentErrors() {
        Path dev = CommandRun.sharedEval("polnear/dev.jsonl");

        CommandRun r = CommandRun.withModels("eval", "attribution", "--gold", dev.toString(), "--limit", "5", "--threads", "2");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("PolNeAR attribution · dev.jsonl · 5 documents", "exact", "overlap",
                "By annotator", "Most frequent misses by cue", "Most frequent false alarms by cue");
        for (String role : List.of("source", "cue", "content", "attribution")) {
            Matcher row = Pattern.compile("(?m)^" + role + " +(\\d+) +(\\d+) .*$").matcher(r.out());
            assertThat(row.find()).as(role + " row in\n" + r.out()).isTrue();
            Matcher percent = Pattern.compile("\\d+\\.\\d").matcher(row.group());
            while (percent.find()) {
                assertThat(Double.parseDouble(percent.group())).isBetween(0.0, 100.0);
            }
        }
    }

    @Test
    void aGoldFileOfOurOwnIsMatchedEndToEnd() throws IOException {
        String text = "Anna Berg said the harbour would close on Friday. The weather was fine.";
        String line = JSON.writeValueAsString(JSON.createObjectNode().put("id", "own-1")
                .put("publication_date", "2025-03-08").put("text", text)
                .set("attributions", JSON.readTree("[{\"id\":\"E1\","
                        + "\"source\":{\"start\":0,\"end\":9,\"text\":\"Anna Berg\"},"
                        + "\"cue\":{\"start\":10,\"end\":14,\"text\":\"said\"},"
                        + "\"content\":{\"start\":15,\"end\":48,\"text\":\"the harbour would close on Friday\"}}]")));
        Path gold = Files.writeString(dir.resolve("own.jsonl"), line + "\n");

        CommandRun r = CommandRun.withModels("eval", "attribution", "--gold", gold.toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.at("/attribution/gold").asInt()).isEqualTo(1);
        assertThat(report.at("/attribution/matched").asInt()).isEqualTo(1);
        assertThat(report.at("/roles/1/exact/matched").asInt()).as("the cue \"said\"").isEqualTo(1);
    }

    @Test
    void helpShowsExamplesAndUsageErrorsExitWith2() {
        CommandRun eval = CommandRun.withModels("eval", "--help");
        assertThat(eval.exit()).isZero();
        assertThat(eval.out()).contains("attribution", "actors", "Examples:");
        CommandRun help = CommandRun.withModels("eval", "attribution", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--gold", "--limit", "--threads", "--errors", "--format", "Examples:",
                "FALSE_ALARM");

        assertThat(CommandRun.withModels("eval").exit()).isEqualTo(2);
        assertThat(CommandRun.withModels("eval", "attribution").err()).contains("--gold");
        CommandRun zero = CommandRun.withModels("eval", "attribution", "--gold", "x.jsonl", "--limit", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--limit must be at least 1");
        assertThat(CommandRun.withModels("eval", "attribution", "--gold", "x.jsonl", "--format", "xml").exit()).isEqualTo(2);
    }

    @Test
    void aMissingGoldFileOrAnUnwritableErrorsFileIsOneLineAndExit1() throws IOException {
        CommandRun missing = CommandRun.withModels("eval", "attribution", "--gold", dir.resolve("missing.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).startsWith("claimgraph: ").contains("missing.jsonl", "no such file")
                .doesNotContain("\n");

        Path gold = Files.writeString(dir.resolve("empty-gold.jsonl"),
                "{\"id\":\"a\",\"text\":\"Nothing is said here.\",\"attributions\":[]}\n");
        CommandRun unwritable = CommandRun.withModels("eval", "attribution", "--gold", gold.toString(), "--errors",
                dir.resolve("no-such-dir/errors.jsonl").toString());
        assertThat(unwritable.exit()).isEqualTo(1);
        assertThat(unwritable.err()).contains("cannot write the errors file", "no-such-dir", "no such directory");
    }
}
