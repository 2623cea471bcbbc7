package org.claimgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.model.Actor;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Event;
import org.claimgraph.model.Frame;
import org.claimgraph.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What every backend's exports must write, run against DuckDB and a real PostgreSQL server: three
 * articles (the two of {@link Analyses} and {@link #third()}) and one ingest failure, exported as
 * JSON Lines, Parquet, a GDELT event table and GraphML, each read back by an independent reader.
 */
abstract class ExportContract {

    /** A location for a new, empty store. */
    abstract String newLocation() throws Exception;

    @TempDir
    Path out;

    static final Actor GROUP = new Actor("group:a-b-c", "A & B <C>", ActorKind.GROUP, null, null, null, List.of());
    static final String THIRD_URL = "https://example.org/news?id=3&lang=en";

    /**
     * An article with no outlet and one event of each modality: an intended shipment (072), an
     * attack that did not happen (190), a meeting last year in Port Vale (CAMEO 04, HISTORICAL),
     * and a mobilisation with no target (154, ASSERTED).
     */
    static Analysis third() {
        String text = "A & B <C> will ship rockets to Southland, its leader said. Northland did not attack Southland. "
                + "Northland met Southland envoys in Port Vale in May 2024. Southland mobilised its reserves.";
        Analyses.Builder b = new Analyses.Builder(text, LocalDate.of(2025, 3, 20), null, "Week in review", THIRD_URL);
        b.actors(GROUP, Analyses.NORTHLAND, Analyses.SOUTHLAND);
        b.mention(GROUP, "A & B <C>").mention(Analyses.NORTHLAND, "Northland").mention(Analyses.SOUTHLAND, "Southland");
        String north = Analyses.NORTHLAND.id();
        String south = Analyses.SOUTHLAND.id();
        b.event(new Event("e1", new Frame(GROUP.id(), "072", "AID", south, null, null, b.span("ship")),
                Modality.INTENDED, null, 8.3));
        b.event(new Event("e2", new Frame(north, "190", "ASSAULT", south, null, null, b.span("attack")),
                Modality.NEGATED, null, -10));
        b.event(new Event("e3", new Frame(north, "04", "CONSULT", south, "2024-05", "Port Vale", b.span("met")),
                Modality.HISTORICAL, null, 1));
        b.event(new Event("e4", new Frame(south, "154", "MOBILIZE", null, null, null, b.span("mobilised")),
                Modality.ASSERTED, null, -7.2));
        return b.build();
    }

    /** The three articles, one batch each so that they have distinct ingest times, and a failure. */
    private Store storeWithThree() throws Exception {
        Store store = Store.open(newLocation());
        assertThat(store.write(List.of(new Ingested("first.txt", Analyses.first())))).isEqualTo(1);
        assertThat(store.write(List.of(new Ingested("second.txt", Analyses.second())))).isEqualTo(1);
        assertThat(store.write(List.of(new Ingested("third.txt", third())))).isEqualTo(1);
        store.logFailure("broken.html", null, "looks like a binary file, not text");
        return store;
    }

    private static LocalDateTime ingestedAt(Store store, String documentId) {
        return new Queries(store).query("read the ingest time", "SELECT ingested_at FROM documents WHERE id = ?",
                List.of(documentId), r -> r.getObject(1, LocalDateTime.class)).get(0);
    }

    private List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    // ---- JSON Lines -------------------------------------------------------------------------------

    @Test
    void jsonLinesHoldEveryAnalysisInIngestOrder() throws Exception {
        Path file = out.resolve("analyses.jsonl");
        try (Store store = storeWithThree()) {
            assertThat(new Exports(store).jsonl(file)).isEqualTo(3);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(json.readTree(line));
            }
        }
        assertThat(lines).extracting(l -> l.path("document").path("id").asText()).containsExactly(
                Analyses.first().document().id(), Analyses.second().document().id(), third().document().id());
        assertThat(lines.get(2).path("document").path("url").asText()).isEqualTo(THIRD_URL);
        assertThat(lines.get(2).path("events")).hasSize(4);
        assertThat(filesIn(out)).containsExactly("analyses.jsonl"); // no temporary file left behind
    }

    @Test
    void anEmptyStoreExportsEmptyFiles() throws Exception {
        try (Store store = Store.open(newLocation())) {
            Exports exports = new Exports(store);
            assertThat(exports.jsonl(out.resolve("a.jsonl"))).isZero();
            assertThat(exports.gdelt(out.resolve("events.tsv"))).isZero();
            assertThat(exports.graphml(out.resolve("actors.graphml"))).isEqualTo(new Exports.Graph(0, 0));
            assertThat(exports.parquet(out.resolve("tables"))).containsOnlyKeys(Exports.TABLES).allSatisfy((t, n) -> assertThat(n).isZero());
        }
        assertThat(out.resolve("a.jsonl")).isEmptyFile();
        assertThat(out.resolve("events.tsv")).isEmptyFile();
        parse(out.resolve("actors.graphml"));
    }

    @Test
    void aMissingFolderIsAClearErrorAndWritesNothing() throws Exception {
        Path missing = out.resolve("no/such/folder/analyses.jsonl");
        try (Store store = storeWithThree()) {
            assertThatThrownBy(() -> new Exports(store).jsonl(missing)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("does not exist").hasMessageContaining(out.resolve("no/such/folder").toString());
            assertThatThrownBy(() -> new Exports(store).gdelt(out)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("is a folder");
            assertThat(new Queries(store).stats().documents()).as("the store is usable after a failed export").isEqualTo(3);
        }
        assertThat(filesIn(out)).isEmpty();
    }

    // ---- Parquet ----------------------------------------------------------------------------------

    @Test
    void everyTableBecomesAParquetFileThatDuckDbReadsBack() throws Exception {
        Path folder = out.resolve("it's exported"); // a quote in the path, and a folder yet to create
        Map<String, Long> counts;
        LocalDateTime firstIngested;
        try (Store store = storeWithThree()) {
            firstIngested = ingestedAt(store, Analyses.first().document().id());
            Exports exports = new Exports(store);
            counts = exports.parquet(folder);
            assertThat(exports.parquet(folder)).as("exporting again replaces the files").isEqualTo(counts);
        }
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("documents", 3L);
        expected.put("actors", 8L);
        expected.put("statements", 1L);
        expected.put("events", 6L);
        expected.put("claims", 2L);
        expected.put("stances", 3L);
        expected.put("evidence", 1L);
        expected.put("ingest_log", 1L);
        assertThat(counts).containsExactlyEntriesOf(expected);
        assertThat(filesIn(folder)).containsExactlyInAnyOrderElementsOf(
                Exports.TABLES.stream().map(t -> t + ".parquet").toList());

        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duckdb.createStatement()) {
            for (String table : Exports.TABLES) {
                assertThat(one(s, "SELECT count(*) FROM " + parquet(folder, table))).as(table)
                        .isEqualTo(expected.get(table));
            }
            assertThat(one(s, "SELECT DISTINCT compression FROM parquet_metadata(" + Exports.literal(
                    folder.resolve("documents.parquet").toString()) + ") WHERE path_in_schema = 'text'")).isEqualTo("ZSTD");
            // Values and types survive, on PostgreSQL too, where the rows go through DuckDB's Appender.
            assertThat(one(s, "SELECT name FROM " + parquet(folder, "actors") + " WHERE actor_id = 'group:a-b-c'"))
                    .isEqualTo("A & B <C>");
            assertThat(one(s, "SELECT typeof(ingested_at) FROM " + parquet(folder, "documents") + " LIMIT 1"))
                    .isEqualTo("TIMESTAMP");
            try (ResultSet r = s.executeQuery("SELECT ingested_at, input, url FROM " + parquet(folder, "documents")
                    + " WHERE id = '" + Analyses.first().document().id() + "'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getObject(1, LocalDateTime.class)).isEqualTo(firstIngested);
                assertThat(r.getString(2)).isEqualTo("first.txt");
                assertThat(r.getString(3)).isNull();
            }
            try (ResultSet r = s.executeQuery("SELECT typeof(day), day, typeof(goldstein), goldstein, place FROM "
                    + parquet(folder, "events") + " WHERE modality = 'HISTORICAL'")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("DATE");
                assertThat(r.getObject(2, LocalDate.class)).isEqualTo(LocalDate.of(2024, 5, 1));
                assertThat(r.getString(3)).isEqualTo("DOUBLE");
                assertThat(r.getDouble(4)).isEqualTo(1.0);
                assertThat(r.getString(5)).isEqualTo("Port Vale");
                assertThat(r.next()).isFalse();
            }
            assertThat(one(s, "SELECT any_value(typeof(mentions)) || ' ' || sum(mentions) FROM " + parquet(folder, "actors")
                    + " WHERE actor_id = 'state:NTL'")).isEqualTo("INTEGER 3");
            assertThat(one(s, "SELECT reason FROM " + parquet(folder, "ingest_log")))
                    .isEqualTo("looks like a binary file, not text");
        }
    }

    private static String parquet(Path folder, String table) {
        return "read_parquet(" + Exports.literal(folder.resolve(table + ".parquet").toString()) + ")";
    }

    private static Object one(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            assertThat(r.next()).as(sql).isTrue();
            Object value = r.getObject(1);
            assertThat(r.next()).as("one row from " + sql).isFalse();
            return value;
        }
    }

    // ---- GDELT ------------------------------------------------------------------------------------

    /** One GDELT row, read by column name. */
    private record GdeltRow(String[] fields) {
        String get(String column) {
            return fields[Gdelt.COLUMNS.indexOf(column)];
        }
    }

    @Test
    void gdeltColumnsAreGdelt20sInTheirOrder() {
        assertThat(Gdelt.COLUMNS).hasSize(61).doesNotHaveDuplicates();
        assertThat(Gdelt.COLUMNS).element(0).isEqualTo("GlobalEventID");
        assertThat(Gdelt.COLUMNS.subList(5, 15)).containsExactly("Actor1Code", "Actor1Name", "Actor1CountryCode",
                "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
                "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code");
        assertThat(Gdelt.COLUMNS.subList(25, 35)).containsExactly("IsRootEvent", "EventCode", "EventBaseCode",
                "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone");
        assertThat(Gdelt.COLUMNS.subList(51, 61)).containsExactly("ActionGeo_Type", "ActionGeo_FullName",
                "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
                "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
    }

    @Test
    void gdeltHasOneRowPerMergedEventThatHappened() throws Exception {
        Path file = out.resolve("events.tsv");
        String shellingKey;
        LocalDateTime firstIngested;
        try (Store store = storeWithThree()) {
            assertThat(new Exports(store).gdelt(file)).isEqualTo(3);
            firstIngested = ingestedAt(store, Analyses.first().document().id());
            shellingKey = new Queries(store).events(new Queries.EventFilter(null, "195", null, null, 10)).get(0).id();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n").doesNotContain("\r");
        List<GdeltRow> rows = text.lines().map(l -> new GdeltRow(l.split("\t", -1))).toList();
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.fields()).hasSize(61);
            assertThat(r.get("GlobalEventID")).matches("\\d+"); // no header line
            assertThat(r.get("IsRootEvent")).isEmpty();
            assertThat(r.get("AvgTone")).isEmpty();
            assertThat(r.get("Actor1Geo_FullName")).isEmpty();
            assertThat(r.get("DATEADDED")).matches("\\d{14}");
        });
        // Oldest first; the claim (072), the intended shipment (072) and the attack that did not happen (190) are out.
        assertThat(rows).extracting(r -> r.get("EventCode")).containsExactly("040", "195", "154");

        GdeltRow met = rows.get(0);
        assertThat(met.get("Day")).isEqualTo("20240501");
        assertThat(met.get("EventBaseCode")).isEqualTo("040");
        assertThat(met.get("EventRootCode")).isEqualTo("04");
        assertThat(met.get("QuadClass")).isEqualTo("1");
        assertThat(met.get("GoldsteinScale")).isEqualTo("1.0");
        assertThat(met.get("Actor1Name")).isEqualTo("Northland");
        assertThat(met.get("Actor2Code")).isEqualTo("STL");
        assertThat(met.get("ActionGeo_FullName")).isEqualTo("Port Vale");
        assertThat(met.get("NumSources")).as("an article without outlet is a source of its own").isEqualTo("1");
        assertThat(met.get("SOURCEURL")).isEqualTo(THIRD_URL);

        GdeltRow shelling = rows.get(1);
        assertThat(shelling.get("GlobalEventID")).isEqualTo(Long.toString(Long.parseLong(shellingKey.substring(1), 16)));
        assertThat(shelling.get("Day")).isEqualTo("20250306");
        assertThat(shelling.get("MonthYear")).isEqualTo("202503");
        assertThat(shelling.get("Year")).isEqualTo("2025");
        assertThat(shelling.get("FractionDate")).isEqualTo("2025.1781");
        assertThat(List.of(shelling.get("Actor1Code"), shelling.get("Actor1Name"), shelling.get("Actor1CountryCode"),
                shelling.get("Actor1Type1Code"))).containsExactly("STL", "Southland", "STL", "");
        assertThat(List.of(shelling.get("Actor2Code"), shelling.get("Actor2Name"), shelling.get("Actor2CountryCode")))
                .containsExactly("NTL", "Northland", "NTL");
        assertThat(shelling.get("EventBaseCode")).isEqualTo("195");
        assertThat(shelling.get("EventRootCode")).isEqualTo("19");
        assertThat(shelling.get("QuadClass")).isEqualTo("4");
        assertThat(shelling.get("GoldsteinScale")).isEqualTo("-10.0");
        assertThat(shelling.get("NumMentions")).isEqualTo("2");
        assertThat(shelling.get("NumSources")).isEqualTo("2");
        assertThat(shelling.get("NumArticles")).isEqualTo("2");
        assertThat(shelling.get("ActionGeo_FullName")).isEmpty();
        assertThat(shelling.get("DATEADDED"))
                .isEqualTo(firstIngested.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")));
        assertThat(shelling.get("SOURCEURL")).isEqualTo("first.txt"); // no URL: the input of the first report

        GdeltRow mobilised = rows.get(2);
        assertThat(mobilised.get("Day")).isEqualTo("20250320"); // no time of its own: the publication day
        assertThat(mobilised.get("QuadClass")).isEqualTo("4");
        assertThat(mobilised.get("Actor1Code")).isEqualTo("STL");
        assertThat(Gdelt.COLUMNS.stream().filter(c -> c.startsWith("Actor2")).map(mobilised::get))
                .as("no target: every Actor2 column empty").containsOnly("");
    }

    // ---- GraphML ----------------------------------------------------------------------------------

    private static org.w3c.dom.Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(org.w3c.dom.Document doc, String name) {
        NodeList list = doc.getElementsByTagNameNS(GraphMl.NAMESPACE, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    /** The {@code <data>} of an element by the attr.name of its key. */
    private static Map<String, String> data(Element element, Map<String, String> keyNames) {
        Map<String, String> values = new HashMap<>();
        NodeList list = element.getElementsByTagNameNS(GraphMl.NAMESPACE, "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            assertThat(keyNames).as("declared key").containsKey(d.getAttribute("key"));
            values.put(keyNames.get(d.getAttribute("key")), d.getTextContent());
        }
        return values;
    }

    @Test
    void theActorNetworkIsGraphMlThatParses() throws Exception {
        Path file = out.resolve("actors.graphml");
        String claimId;
        try (Store store = storeWithThree()) {
            assertThat(new Exports(store).graphml(file)).isEqualTo(new Exports.Graph(4, 5));
            claimId = new Queries(store).claims(new Queries.ClaimFilter(null, null, null, null, 10)).get(0).id();
        }
        assertThat(Files.readString(file)).contains("A &amp; B &lt;C&gt;");

        org.w3c.dom.Document doc = parse(file);
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(GraphMl.NAMESPACE);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
        Map<String, String> keyNames = new HashMap<>();
        for (Element key : elements(doc, "key")) {
            assertThat(key.getAttribute("for")).isIn("node", "edge");
            assertThat(key.getAttribute("attr.type")).isIn("string", "long", "double");
            keyNames.put(key.getAttribute("id"), key.getAttribute("for") + ":" + key.getAttribute("attr.name"));
        }
        assertThat(elements(doc, "graph")).singleElement()
                .satisfies(g -> assertThat(g.getAttribute("edgedefault")).isEqualTo("directed"));

        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        for (Element node : elements(doc, "node")) {
            nodes.put(node.getAttribute("id"), data(node, keyNames));
        }
        assertThat(nodes).containsOnlyKeys("state:NTL", "state:STL", "person:mira-oran", "group:a-b-c");
        assertThat(nodes.get("group:a-b-c")).containsEntry("node:label", "A & B <C>").containsEntry("node:kind", "GROUP")
                .doesNotContainKey("node:code");
        assertThat(nodes.get("person:mira-oran")).contains(entry("node:label", "Mira Oran"), entry("node:code", "OCNGOV"),
                entry("node:country", "OCN"), entry("node:sector", "GOV"), entry("node:kind", "PERSON"),
                entry("node:documents", "1"));
        assertThat(nodes.get("state:NTL")).containsEntry("node:documents", "3");

        List<Element> edges = elements(doc, "edge");
        assertThat(edges).allSatisfy(e -> assertThat(nodes).containsKeys(e.getAttribute("source"), e.getAttribute("target")));
        assertThat(edges.stream().map(e -> e.getAttribute("id")).collect(Collectors.toSet())).hasSize(edges.size());
        List<Map<String, String>> events = new ArrayList<>();
        List<Map<String, String>> stances = new ArrayList<>();
        for (Element e : edges) {
            Map<String, String> d = new HashMap<>(data(e, keyNames));
            d.put("source", e.getAttribute("source"));
            d.put("target", e.getAttribute("target"));
            (d.get("edge:kind").equals("event") ? events : stances).add(d);
        }
        // The shelling twice; last year's meeting; the mobilisation has no target; intended and negated are out.
        assertThat(events).extracting(d -> d.get("source"), d -> d.get("target"), d -> d.get("edge:count"),
                        d -> Double.parseDouble(d.get("edge:goldstein")))
                .containsExactlyInAnyOrder(tuple("state:STL", "state:NTL", "2", -20.0),
                        tuple("state:NTL", "state:STL", "1", 1.0));
        assertThat(stances).extracting(d -> d.get("source"), d -> d.get("target"), d -> d.get("edge:stance"),
                        d -> d.get("edge:count"), d -> d.get("edge:claim"))
                .containsExactlyInAnyOrder(tuple("person:mira-oran", "state:NTL", "ASSERT", "1", claimId),
                        tuple("state:NTL", "state:NTL", "DENY", "1", claimId),
                        tuple("state:STL", "state:NTL", "DISMISS", "1", claimId));
        assertThat(stances).allSatisfy(d -> assertThat(d).doesNotContainKey("edge:goldstein"));
        assertThat(Set.copyOf(keyNames.values())).contains("node:label", "edge:weight");
    }
}
