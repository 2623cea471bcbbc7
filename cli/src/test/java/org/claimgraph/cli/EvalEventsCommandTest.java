package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code claimgraph eval events} end to end on PLOVER gold records. Mission: event data (issue 5). */
class EvalEventsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void scoresThirtyPloverSentencesAsJsonAndAsText() throws IOException {
        Path gold = CommandRun.sharedEval("events/plover-gsr-cameo.json");

        CommandRun json = CommandRun.withModels("eval", "events", "--gold", gold.toString(), "--limit", "30",
                "--format", "json", "--quiet");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("records").asInt()).isEqualTo(30);
        assertThat(report.at("/found/found").asInt()).as("sentences with their gold type found").isPositive();
        assertThat(report.at("/found/fraction").asDouble()).isBetween(0.0, 1.0);
        assertThat(report.at("/emitted/found").asInt()).isLessThanOrEqualTo(report.at("/emitted/total").asInt());
        int perType = 0;
        for (JsonNode row : report.get("perType")) {
            perType += row.at("/found/total").asInt();
        }
        assertThat(perType).isEqualTo(30);

        CommandRun text = CommandRun.withModels("eval", "events", "--gold", gold.toString(), "--limit", "30", "--quiet");
        assertThat(text.out()).contains("sentences with the gold type found", "Per gold type", "AGREE");
    }
}
