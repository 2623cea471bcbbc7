package org.claimgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimgraph.bench.BenchReport;
import org.claimgraph.bench.ColdStart;
import org.claimgraph.bench.Machine;
import org.claimgraph.bench.PhaseResult;
import org.claimgraph.bench.Ratio;

/**
 * A {@link BenchReport} as the JSON object {@code claimgraph bench --format json} prints. Field
 * names carry their unit ({@code Seconds}, {@code MiB}, {@code PerSecond}); times are seconds,
 * latencies milliseconds.
 */
final class BenchJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchJson() {
    }

    static String render(BenchReport r) {
        ObjectNode root = JSON.createObjectNode();
        Machine m = r.machine();
        ObjectNode machine = root.putObject("machine");
        machine.put("cores", m.cores()).put("cpu", m.cpu()).put("java", m.java()).put("os", m.os())
                .put("maxHeapMiB", m.maxHeapMiB());
        root.put("corpus", r.corpus()).put("articles", r.articles()).put("tokens", r.tokens())
                .put("warmupArticles", r.warmup());
        ArrayNode cold = root.putArray("coldStart");
        for (ColdStart c : r.coldStarts()) {
            cold.addObject().put("pipeline", c.pipeline()).put("totalSeconds", c.totalSeconds())
                    .put("loadSeconds", c.loadSeconds()).put("firstArticleSeconds", c.firstArticleSeconds());
        }
        ArrayNode phases = root.putArray("phases");
        for (PhaseResult p : r.phases()) {
            ObjectNode o = phases.addObject();
            o.put("pipeline", p.pipeline()).put("threads", p.threads()).put("warmupArticles", p.warmupArticles())
                    .put("timedArticles", p.timed().articles()).put("timedTokens", p.timed().tokens())
                    .put("seconds", p.timed().seconds()).put("articlesPerSecond", p.timed().articlesPerSecond())
                    .put("tokensPerSecond", p.timed().tokensPerSecond()).put("cpuSeconds", p.timed().cpuSeconds())
                    .put("cpuMillisPerArticle", p.timed().cpuMillisPerArticle()).put("failures", p.failures());
            o.putObject("latencyMillis").put("mean", p.latency().meanMillis()).put("median", p.latency().medianMillis())
                    .put("p90", p.latency().p90Millis()).put("max", p.latency().maxMillis());
            o.putObject("heap").put("peakUsedMiB", p.heap().peakUsedMiB())
                    .put("peakAfterGcMiB", p.heap().peakAfterGcMiB()).put("maxMiB", p.heap().maxMiB())
                    .put("collections", p.heap().collections());
            o.putObject("loadAverage").put("before", p.loadBefore()).put("after", p.loadAfter());
        }
        ArrayNode ratios = root.putArray("ratios");
        for (Ratio q : r.ratios()) {
            ratios.addObject().put("threads", q.threads())
                    .put("claimgraphArticlesPerSecond", q.claimgraph().articlesPerSecond())
                    .put("baselineArticlesPerSecond", q.baseline().articlesPerSecond()).put("timesFaster", q.timesFaster())
                    .put("claimgraphCpuMillisPerArticle", q.claimgraph().cpuMillisPerArticle())
                    .put("baselineCpuMillisPerArticle", q.baseline().cpuMillisPerArticle())
                    .put("timesLessCpu", q.timesLessCpu());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the bench report as JSON", e);
        }
    }
}
