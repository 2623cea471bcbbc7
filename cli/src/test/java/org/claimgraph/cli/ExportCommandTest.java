package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code claimgraph export} as a user runs it after {@code ingest}: each format read back by the
 * reader its users have (DuckDB for Parquet, an XML parser for GraphML, a tab split for GDELT), and
 * bad targets refused with a message naming them.
 */
class ExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("claimgraph.root", ".."));
    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    @TempDir
    static Path folder;
    private static String db;
    private static JsonNode stats;

    /** Two example articles about the same claim, ingested once for every test. */
    @BeforeAll
    static void ingestTheMunitionsExamples() throws Exception {
        db = folder.resolve("corpus.duckdb").toString();
        CommandRun ingest = CommandRun.withModels("ingest", ROOT.resolve("examples/munitions").toString(),
                "--date", "2023-10-25", "--db", db, "--quiet");
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        CommandRun run = CommandRun.of(null, "stats", "--db", db, "--format", "json");
        stats = JSON.readTree(run.out());
        assertThat(stats.path("documents").asInt()).isEqualTo(2);
    }

    private static CommandRun export(String format, Path out) {
        return CommandRun.of(null, "export", "--format", format, "--out", out.toString(), "--db", db);
    }

    @Test
    void jsonlHoldsOneAnalysisPerDocument() throws Exception {
        Path out = folder.resolve("analyses.jsonl");
        CommandRun run = export("jsonl", out);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote 2 analyses to " + out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            JsonNode analysis = JSON.readTree(line);
            assertThat(analysis.path("document").path("text").asText()).contains("North Korea");
            assertThat(analysis.path("claims")).isNotEmpty();
        }
    }

    @Test
    void duckDbReadsEveryParquetTable() throws Exception {
        Path out = folder.resolve("parquet");
        CommandRun run = export("parquet", out);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("wrote 8 tables (documents 2, actors ");
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(count(duckdb, out.resolve("documents.parquet"), "")).isEqualTo(2);
            assertThat(count(duckdb, out.resolve("statements.parquet"), "")).isEqualTo(stats.path("statements").asLong());
            assertThat(count(duckdb, out.resolve("stances.parquet"), "")).isEqualTo(stats.path("stances").asLong());
            assertThat(count(duckdb, out.resolve("claims.parquet"), " WHERE source_id = 'state:PRK' AND target_id = 'state:RUS'"))
                    .as("the arms-transfer claim, reported by both articles").isEqualTo(2);
            assertThat(count(duckdb, out.resolve("ingest_log.parquet"), "")).isZero();
        }
    }

    private static long count(Connection duckdb, Path parquet, String where) throws Exception {
        try (ResultSet r = duckdb.createStatement().executeQuery(
                "SELECT count(*) FROM read_parquet('" + parquet + "')" + where)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void gdeltRowsHaveSixtyOneColumnsAndCameoCodes() throws Exception {
        Path out = folder.resolve("events.tsv");
        CommandRun run = export("gdelt", out);
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> rows = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            String[] columns = row.split("\t", -1);
            assertThat(columns).hasSize(61);
            assertThat(columns[26]).as("EventCode").matches("\\d{3,4}");
            assertThat(columns[27]).as("EventBaseCode").isEqualTo(columns[26].substring(0, 3));
            assertThat(columns[28]).as("EventRootCode").isEqualTo(columns[26].substring(0, 2));
            assertThat(columns[1]).as("Day").matches("2023\\d{4}");
        }
        assertThat(rows).as("the alleged arms transfer is a claim, never a GDELT event")
                .noneMatch(row -> row.contains("\tPRK\t") && row.split("\t", -1)[28].equals("07"));
    }

    @Test
    void theActorNetworkParsesAsGraphMl() throws Exception {
        Path out = folder.resolve("actors.graphml");
        CommandRun run = export("graphml", out);
        assertThat(run.exit()).as(run.err()).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document graph = factory.newDocumentBuilder().parse(out.toFile());
        assertThat(graph.getDocumentElement().getLocalName()).isEqualTo("graphml");
        NodeList nodes = graph.getElementsByTagNameNS(GRAPHML, "node");
        NodeList edges = graph.getElementsByTagNameNS(GRAPHML, "edge");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        assertThat(ids).contains("state:PRK", "state:RUS", "person:dmitry-peskov");
        assertThat(edges.getLength()).isPositive();
        Set<String> stances = new HashSet<>();
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertThat(ids).contains(edge.getAttribute("source"), edge.getAttribute("target"));
            if (edge.getAttribute("target").equals("state:PRK") && data(edge, "edge_kind").equals("stance")) {
                stances.add(edge.getAttribute("source") + " " + data(edge, "stance"));
            }
        }
        assertThat(stances).as("stances on North Korea's claimed shipments, as edges to North Korea")
                .contains("person:dmitry-peskov DISMISS", "state:CHN REFUSE")
                .anyMatch(s -> s.endsWith(" DENY"));
        assertThat(run.err()).contains("wrote " + nodes.getLength() + " actors and " + edges.getLength() + " links");
    }

    /** The value of an element's {@code <data key="…">}, or "". */
    private static String data(Element element, String key) {
        NodeList data = element.getElementsByTagNameNS(GRAPHML, "data");
        for (int i = 0; i < data.getLength(); i++) {
            if (((Element) data.item(i)).getAttribute("key").equals(key)) {
                return data.item(i).getTextContent();
            }
        }
        return "";
    }

    @Test
    void aMissingStoreIsAnErrorAndIsNotCreated() {
        Path missing = folder.resolve("typo.duckdb");
        CommandRun run = CommandRun.of(null, "export", "--format", "jsonl", "--out", folder.resolve("x.jsonl").toString(),
                "--db", missing.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(missing + ": no such store");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aTargetInAMissingFolderIsAnErrorNamingIt() {
        Path out = folder.resolve("no/such/events.tsv");
        CommandRun run = export("gdelt", out);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(out.toString()).contains("does not exist");
    }

    @Test
    void helpShowsAnExample() {
        CommandRun help = CommandRun.of(null, "export", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("claimgraph export --format parquet --out corpus/", "graphml");
    }
}
