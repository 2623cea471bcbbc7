package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest survives {@code kill -9}: 200 PolNeAR articles, the packaged claimgraph killed midway,
 * run again to the end, then a third time; the store holds every document exactly once, and
 * {@code stats} agrees with the ingest log. The killed run works on one thread, so that it is still
 * going when its first progress line (after ten seconds) appears, even on a fast machine: on two
 * threads 150 articles took little more than ten seconds, and the kill came after the last commit.
 */
class IngestCrashIT {

    private static final Path ROOT = Path.of(System.getProperty("claimgraph.root", ".."));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 200;
    private static final Pattern PROGRESS = Pattern.compile("(\\d+)/" + ARTICLES + " documents ingested");

    @TempDir
    Path folder;

    private static ProcessBuilder claimgraph(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-jar", ROOT.resolve("cli/target/claimgraph.jar").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** The first {@link #ARTICLES} training articles as a plain JSON Lines input, without their annotations. */
    private Path corpus() throws Exception {
        Path train = CommandRun.sharedEval("polnear/train.jsonl");
        Path input = folder.resolve("polnear-" + ARTICLES + ".jsonl");
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(train, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null && lines.size() < ARTICLES; line = reader.readLine()) {
                JsonNode article = JSON.readTree(line);
                ObjectNode plain = JSON.createObjectNode();
                for (String field : List.of("id", "title", "text", "publisher", "publication_date")) {
                    plain.set(field, article.get(field));
                }
                lines.add(JSON.writeValueAsString(plain));
            }
        }
        Files.write(input, lines, StandardCharsets.UTF_8);
        return input;
    }

    @Test
    void killedMidwayThenRunTwiceLeavesEveryDocumentExactlyOnce() throws Exception {
        Path input = corpus();
        String db = folder.resolve("crash.duckdb").toString();
        String[] ingest = {"ingest", input.toString(), "--db", db, "--batch", "8", "--threads", "2"};

        // First run, on one thread: killed with SIGKILL once progress shows that several batches were committed.
        Process first = claimgraph("ingest", input.toString(), "--db", db, "--batch", "8", "--threads", "1")
                .redirectErrorStream(true).start();
        first.getOutputStream().close();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && seen < 24; line = out.readLine()) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find()) {
                    seen = Integer.parseInt(m.group(1));
                }
            }
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            assertThat(first.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(seen).as("the first run was killed midway, after some batches").isBetween(24, ARTICLES - 1);
        long afterKill = stats(db).path("documents").asLong();
        assertThat(afterKill).as("committed batches survive the kill").isPositive().isLessThan(ARTICLES);

        Run second = run(ingest);
        assertThat(second.exit()).as(second.output()).isZero();
        assertThat(second.output()).contains((ARTICLES - afterKill) + " new document", afterKill + " already there");

        Run third = run(ingest);
        assertThat(third.exit()).as(third.output()).isZero();
        assertThat(third.output()).contains("0 new documents", ARTICLES + " already there");

        JsonNode stats = stats(db);
        assertThat(stats.path("documents").asLong()).isEqualTo(ARTICLES);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, readOnly)) {
            assertThat(one(c, "SELECT count(*) FROM ingest_log")).isEqualTo(stats.path("failures").asLong());
            assertThat(one(c, "SELECT count(DISTINCT id) FROM documents")).isEqualTo(ARTICLES);
            assertThat(one(c, "SELECT count(*) FROM (SELECT document_id, actor_id FROM actors GROUP BY 1, 2"
                    + " HAVING count(*) > 1) repeated")).as("no document's rows written twice").isZero();
            assertThat(one(c, "SELECT count(DISTINCT document_id) FROM actors")).isGreaterThan(ARTICLES / 2);
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... args) throws Exception {
        Process p = claimgraph(args).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), output);
    }

    private static JsonNode stats(String db) throws Exception {
        Run stats = run("stats", "--db", db, "--format", "json");
        assertThat(stats.exit()).as(stats.output()).isZero();
        return JSON.readTree(stats.output());
    }

    private static long one(Connection c, String sql) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
