package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code claimgraph eval actors} end to end on PLOVER gold records, and its help. */
class EvalActorsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void scoresTwentyPloverRecordsAsJsonAndWritesEveryMiss() throws IOException {
        Path gold = CommandRun.sharedEval("events/plover-gsr-cameo.json");
        Path misses = dir.resolve("misses.jsonl");

        CommandRun r = CommandRun.withModels("eval", "actors", "--gold", gold.toString(), "--limit", "20", "--format", "json",
                "--errors", misses.toString(), "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("records").asInt()).isEqualTo(20);
        for (String share : List.of("country", "countryAndSector", "countryAndPrimarySector")) {
            JsonNode s = report.get(share);
            assertThat(s.get("fraction").asDouble()).as(share).isBetween(0.0, 1.0);
            assertThat(s.get("found").asInt()).as(share).isBetween(0, s.get("total").asInt());
        }
        int golds = report.at("/country/total").asInt();
        assertThat(golds).as("gold actors of 20 records").isGreaterThanOrEqualTo(20);
        assertThat(report.at("/countryAndSector/total").asInt()).isLessThanOrEqualTo(golds)
                .isEqualTo(report.at("/countryAndPrimarySector/total").asInt());
        assertThat(report.at("/countryAndSector/found").asInt())
                .isLessThanOrEqualTo(report.at("/countryAndPrimarySector/found").asInt());
        assertThat(report.at("/country/found").asInt()).as("actors found with their country").isPositive();

        List<String> lines = Files.readAllLines(misses);
        int countryMisses = golds - report.at("/country/found").asInt();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(countryMisses);
        for (String line : lines) {
            JsonNode miss = JSON.readTree(line);
            assertThat(miss.get("record").asText()).startsWith("PLOVER-");
            assertThat(miss.at("/actor/actorText").asText()).isNotBlank();
            assertThat(miss.get("kind").asText()).isIn("COUNTRY", "SECTOR");
            assertThat(miss.get("found").asText()).isNotBlank();
        }
    }

    @Test
    void theTextReportGivesTheSharesAndTheMisses() {
        Path gold = CommandRun.sharedEval("events/plover-gsr-cameo.json");

        CommandRun r = CommandRun.withModels("eval", "actors", "--gold", gold.toString(), "--limit", "20");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("PLOVER actors · plover-gsr-cameo.json · 20 records",
                "found with the right country ", "found with the right country and sector",
                "and primary sector", "Most frequent misses")
                .containsPattern("right country +\\d+ / \\d+ +\\d+\\.\\d %");
    }

    @Test
    void helpShowsExamplesAndABadGoldFileIsExit1() throws IOException {
        CommandRun help = CommandRun.withModels("eval", "actors", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--gold", "--errors", "--format", "Examples:", "COUNTRY|SECTOR",
                "primary", "CVLalb");

        Path notArray = Files.writeString(dir.resolve("plover.json"), "{\"id\": \"x\"}");
        CommandRun bad = CommandRun.withModels("eval", "actors", "--gold", notArray.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("plover.json", "not a JSON array");
    }
}
