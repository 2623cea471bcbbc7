package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.bench.BenchReport;
import org.claimgraph.bench.ColdStart;
import org.claimgraph.bench.HeapPeak;
import org.claimgraph.bench.LatencyStats;
import org.claimgraph.bench.Machine;
import org.claimgraph.bench.PhaseResult;
import org.claimgraph.bench.Throughput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The bench report as a table and as JSON, from a report made by hand. */
class BenchRenderingTest {

    private static final long MIB = 1024 * 1024;

    private static final BenchReport REPORT = BenchReport.of(
            new Machine(2, "AMD EPYC", "17.0.15", "Linux amd64", 8192), "train.jsonl", 200, 160_000, 20,
            List.of(new ColdStart("claimgraph", 7.5, 5.25, 1.5), new ColdStart("corenlp-quote", 31.0, 25.0, 6.0)),
            List.of(new PhaseResult("claimgraph", 1, 20, new Throughput(180, 144_000, 18.0, 16.2),
                            new LatencyStats(180, 100, 90, 180, 900), 0,
                            new HeapPeak(1500 * MIB, 700 * MIB, 8192 * MIB, 40), 2.5, 3.25),
                    new PhaseResult("corenlp-quote", 1, 20, new Throughput(180, 144_000, 450.0, 432.0),
                            new LatencyStats(180, 2500, 2400, 4000, 9000), 1,
                            new HeapPeak(6000 * MIB, 4800 * MIB, 8192 * MIB, 300), 3.0, -1)),
            "claimgraph", "corenlp-quote");

    @Test
    void tableHasOneRowPerPhaseAndTheRatio() {
        String text = BenchTable.render(REPORT);

        assertThat(text).startsWith("claimgraph bench: 200 articles (160,000 tokens) from train.jsonl; warm-up 20");
        assertThat(text).contains("machine: 2 cores, AMD EPYC, Java 17.0.15, Linux amd64, max heap 8,192 MiB");
        assertThat(text).containsPattern("claimgraph +7\\.50 +5\\.25 +1\\.50");
        assertThat(text).containsPattern("claimgraph +1 +180 +10\\.00 +8000 +90\\.0 +90\\.0 +180\\.0 +900\\.0 +1500 +700 +0 +2\\.50→3\\.25");
        assertThat(text).containsPattern("corenlp-quote +1 +180 +0\\.40 +320 +2400\\.0 .* +6000 +4800 +1 +3\\.00→\\?");
        assertThat(text).contains("1 thread: 10.00 / 0.40 articles/s = 25.0× faster; 90.0 / 2400.0 CPU ms per article = 26.7× less CPU");
    }

    @Test
    void jsonCarriesEveryFigureWithItsUnit() throws Exception {
        JsonNode json = new ObjectMapper().readTree(BenchJson.render(REPORT));

        assertThat(json.at("/machine/cores").asInt()).isEqualTo(2);
        assertThat(json.get("articles").asInt()).isEqualTo(200);
        assertThat(json.get("tokens").asLong()).isEqualTo(160_000);
        assertThat(json.get("warmupArticles").asInt()).isEqualTo(20);
        assertThat(json.at("/coldStart/0/pipeline").asText()).isEqualTo("claimgraph");
        assertThat(json.at("/coldStart/0/totalSeconds").asDouble()).isEqualTo(7.5);
        JsonNode ours = json.at("/phases/0");
        assertThat(ours.get("articlesPerSecond").asDouble()).isCloseTo(10.0, within(1e-9));
        assertThat(ours.get("tokensPerSecond").asDouble()).isCloseTo(8000.0, within(1e-9));
        assertThat(ours.get("cpuMillisPerArticle").asDouble()).isCloseTo(90.0, within(1e-9));
        assertThat(ours.at("/latencyMillis/p90").asDouble()).isEqualTo(180.0);
        assertThat(ours.at("/heap/peakUsedMiB").asDouble()).isEqualTo(1500.0);
        assertThat(ours.at("/heap/peakAfterGcMiB").asDouble()).isEqualTo(700.0);
        assertThat(ours.at("/loadAverage/after").asDouble()).isEqualTo(3.25);
        assertThat(json.at("/phases/1/failures").asInt()).isEqualTo(1);
        assertThat(json.at("/ratios/0/timesFaster").asDouble()).isCloseTo(25.0, within(1e-9));
        assertThat(json.at("/ratios/0/timesLessCpu").asDouble()).isCloseTo(2400.0 / 90.0, within(1e-9));
    }
}
