package org.claimgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.model.Actor;
import org.claimgraph.model.Certainty;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Event;
import org.claimgraph.model.Evidence;
import org.claimgraph.model.EvidenceKind;
import org.claimgraph.model.Frame;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Stance;
import org.claimgraph.model.StanceKind;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Cue;
import org.claimgraph.model.Document;
import org.claimgraph.model.Granularity;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Place;
import org.claimgraph.model.Sector;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.model.StatementForm;
import org.claimgraph.model.TimeRef;
import org.junit.jupiter.api.Test;

/** {@link AnalysisJson}: a hand-built analysis written as the analysis JSON of DESIGN.md, field by field. */
class AnalysisJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Invented for this test. */
    private static final String TEXT = "Ruritania's foreign ministry said on 20 October that it was claimed the "
            + "shipments were “purely civilian”.\n\nNo further comment was given in Strelsau.";

    private static Span span(String words) {
        int start = TEXT.indexOf(words);
        assertThat(start).as("'%s' in the test text", words).isNotNegative();
        return Span.of(TEXT, start, start + words.length());
    }

    private static final Document DOCUMENT = Document.of(TEXT, "Ministry comments on shipments",
            LocalDate.of(2023, 10, 21), "https://example.org/ruritania", "Example News");

    private static final Actor MINISTRY = new Actor("org:ruritania-foreign-ministry", "Ruritanian Foreign Ministry",
            ActorKind.ORGANIZATION, "RUR", Sector.GOV, "RURGOV", List.of("Ruritania's foreign ministry"));
    private static final Actor OFFICIALS = new Actor("group:officials", "officials", ActorKind.GROUP, null, null,
            null, List.of());

    private static final Mention MINISTRY_MENTION = new Mention(MINISTRY.id(), span("Ruritania's foreign ministry"));
    private static final Place STRELSAU = new Place("Strelsau", "RUR", span("Strelsau"));
    private static final TimeRef OCTOBER_20 = new TimeRef(span("20 October"), "2023-10-20", Granularity.DAY);

    private static final Statement SAID = new Statement("s1", MINISTRY_MENTION, new Cue(span("said"), "say"),
            span("that it was claimed the shipments were “purely civilian”"), StatementForm.MIXED, "2023-10-20", 0.9,
            null);
    private static final Statement CLAIMED = new Statement("s2", null, new Cue(span("claimed"), "claim"),
            span("the shipments were “purely civilian”"), StatementForm.MIXED, null, 0.5, "s1");

    private static final Analysis ANALYSIS = new Analysis(DOCUMENT, List.of(MINISTRY, OFFICIALS),
            List.of(MINISTRY_MENTION), List.of(STRELSAU), List.of(OCTOBER_20), List.of(SAID, CLAIMED), List.of(),
            List.of());

    private static JsonNode tree(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    @Test
    void documentHasEveryContractField() throws Exception {
        JsonNode d = tree(AnalysisJson.line(ANALYSIS)).get("document");

        assertThat(d.get("id").asText()).isEqualTo(Document.contentId(TEXT)).matches("[0-9a-f]{16}");
        assertThat(d.get("url").asText()).isEqualTo("https://example.org/ruritania");
        assertThat(d.get("outlet").asText()).isEqualTo("Example News");
        assertThat(d.get("title").asText()).isEqualTo("Ministry comments on shipments");
        assertThat(d.get("published").asText()).isEqualTo("2023-10-21");
        assertThat(d.get("language").asText()).isEqualTo("en");
        assertThat(d.get("text").asText()).isEqualTo(TEXT);
    }

    @Test
    void actorsHaveEveryContractFieldWithNullsForTheUnknown() throws Exception {
        JsonNode actors = tree(AnalysisJson.line(ANALYSIS)).get("actors");

        assertThat(actors.isArray()).isTrue();
        assertThat(actors).hasSize(2);
        JsonNode ministry = actors.get(0);
        assertThat(ministry.get("id").asText()).isEqualTo("org:ruritania-foreign-ministry");
        assertThat(ministry.get("name").asText()).isEqualTo("Ruritanian Foreign Ministry");
        assertThat(ministry.get("kind").asText()).isEqualTo("ORGANIZATION");
        assertThat(ministry.get("country").asText()).isEqualTo("RUR");
        assertThat(ministry.get("sector").asText()).isEqualTo("GOV");
        assertThat(ministry.get("code").asText()).isEqualTo("RURGOV");
        assertThat(ministry.get("aliases").isArray()).isTrue();
        assertThat(ministry.get("aliases")).extracting(JsonNode::asText)
                .containsExactly("Ruritania's foreign ministry");

        JsonNode officials = actors.get(1);
        assertThat(officials.get("id").asText()).isEqualTo("group:officials");
        assertThat(officials.get("name").asText()).isEqualTo("officials");
        assertThat(officials.get("kind").asText()).isEqualTo("GROUP");
        for (String field : List.of("country", "sector", "code")) {
            assertThat(officials.has(field)).as(field + " present").isTrue();
            assertThat(officials.get(field).isNull()).as(field + " null").isTrue();
        }
        assertThat(officials.get("aliases").isArray()).isTrue();
        assertThat(officials.get("aliases")).isEmpty();
    }

    @Test
    void mentionsHaveTheActorAndTheSpan() throws Exception {
        JsonNode mentions = tree(AnalysisJson.line(ANALYSIS)).get("mentions");

        assertThat(mentions).hasSize(1);
        JsonNode m = mentions.get(0);
        assertThat(m.get("actor").asText()).isEqualTo("org:ruritania-foreign-ministry");
        assertSpan(m, 0, 28, "Ruritania's foreign ministry");
    }

    @Test
    void placesHaveTheNameCountryAndSpan() throws Exception {
        JsonNode places = tree(AnalysisJson.line(ANALYSIS)).get("places");

        assertThat(places).hasSize(1);
        JsonNode p = places.get(0);
        assertThat(fieldNames(p)).containsExactly("name", "country", "start", "end", "text");
        assertThat(p.get("name").asText()).isEqualTo("Strelsau");
        assertThat(p.get("country").asText()).isEqualTo("RUR");
        assertSpan(p, TEXT.indexOf("Strelsau"), TEXT.indexOf("Strelsau") + 8, "Strelsau");
    }

    @Test
    void timesHaveTheSpanValueAndGranularity() throws Exception {
        JsonNode times = tree(AnalysisJson.line(ANALYSIS)).get("times");

        assertThat(times).hasSize(1);
        JsonNode t = times.get(0);
        assertSpan(t, 37, 47, "20 October");
        assertThat(t.get("value").asText()).isEqualTo("2023-10-20");
        assertThat(t.get("granularity").asText()).isEqualTo("DAY");
    }

    @Test
    void statementHasSpeakerCueContentFormTimeAndNoParent() throws Exception {
        JsonNode s = tree(AnalysisJson.line(ANALYSIS)).get("statements").get(0);

        assertThat(s.get("id").asText()).isEqualTo("s1");
        assertThat(s.get("speaker").get("actor").asText()).isEqualTo("org:ruritania-foreign-ministry");
        assertSpan(s.get("speaker"), 0, 28, "Ruritania's foreign ministry");
        assertSpan(s.get("cue"), 29, 33, "said");
        assertThat(s.get("cue").get("lemma").asText()).isEqualTo("say");
        Span content = SAID.content();
        assertSpan(s.get("content"), content.start(), content.end(),
                "that it was claimed the shipments were “purely civilian”");
        assertThat(s.get("form").asText()).isEqualTo("MIXED");
        assertThat(s.get("time").asText()).isEqualTo("2023-10-20");
        assertThat(s.has("parent")).isTrue();
        assertThat(s.get("parent").isNull()).isTrue();
    }

    @Test
    void nestedStatementHasNullSpeakerAndItsParent() throws Exception {
        JsonNode statements = tree(AnalysisJson.line(ANALYSIS)).get("statements");

        assertThat(statements).hasSize(2);
        JsonNode s = statements.get(1);
        assertThat(s.get("id").asText()).isEqualTo("s2");
        assertThat(s.has("speaker")).isTrue();
        assertThat(s.get("speaker").isNull()).isTrue();
        assertSpan(s.get("cue"), CLAIMED.cue().span().start(), CLAIMED.cue().span().end(), "claimed");
        assertThat(s.get("cue").get("lemma").asText()).isEqualTo("claim");
        assertSpan(s.get("content"), CLAIMED.content().start(), CLAIMED.content().end(),
                "the shipments were “purely civilian”");
        assertThat(s.get("form").asText()).isEqualTo("MIXED");
        assertThat(s.has("time")).isTrue();
        assertThat(s.get("time").isNull()).isTrue();
        assertThat(s.get("parent").asText()).isEqualTo("s1");
        assertThat(s.get("parent").asText()).isEqualTo(statements.get(0).get("id").asText());
    }

    @Test
    void eventsAndClaimsCarryTheContractFields() throws Exception {
        Frame denial = new Frame(MINISTRY.id(), "016", null, OFFICIALS.id(), "2023-10-20", null, span("said"));
        Frame shipping = new Frame(MINISTRY.id(), "072", "AID", null, null, null, span("shipments"));
        Event event = new Event("e1", denial, Modality.ASSERTED, "s1", -2.0);
        Claim claim = new Claim("c1", "the shipments", "072", "AID", MINISTRY.id(), null,
                List.of(new Stance(OFFICIALS.id(), StanceKind.ASSERT, Certainty.HEDGED, "s2", null, span("claimed"))),
                List.of(new Evidence(EvidenceKind.DOCUMENTS, OFFICIALS.id(), span("No further comment"))),
                List.of(shipping));
        Analysis a = new Analysis(DOCUMENT, List.of(MINISTRY, OFFICIALS), List.of(MINISTRY_MENTION), List.of(STRELSAU),
                List.of(OCTOBER_20), List.of(SAID, CLAIMED), List.of(event), List.of(claim));
        JsonNode root = tree(AnalysisJson.line(a));

        JsonNode e = root.get("events").get(0);
        assertThat(fieldNames(e)).containsSequence("id", "cameo", "plover", "source", "target", "time", "place",
                "modality", "trigger", "statement");
        assertThat(e.get("cameo").asText()).isEqualTo("016");
        assertThat(e.get("plover").isNull()).isTrue();
        assertThat(e.get("modality").asText()).isEqualTo("ASSERTED");
        assertThat(e.get("trigger").get("text").asText()).isEqualTo("said");
        assertThat(e.get("goldstein").asDouble()).isEqualTo(-2.0);

        JsonNode c = root.get("claims").get(0);
        assertThat(fieldNames(c)).containsSequence("id", "text", "cameo", "plover", "source", "target", "stances",
                "evidence");
        assertThat(c.get("target").isNull()).isTrue();
        JsonNode stance = c.get("stances").get(0);
        assertThat(fieldNames(stance)).containsSequence("actor", "kind", "certainty", "statement", "time");
        assertThat(stance.get("certainty").asText()).isEqualTo("HEDGED");
        JsonNode evidence = c.get("evidence").get(0);
        assertThat(fieldNames(evidence)).containsSequence("kind", "by", "start", "end", "text");
        assertThat(evidence.get("text").asText()).isEqualTo("No further comment");
    }

    @Test
    void noEventsOrClaimsAreEmptyArrays() throws Exception {
        JsonNode root = tree(AnalysisJson.line(ANALYSIS));

        assertThat(root.get("events").isArray()).isTrue();
        assertThat(root.get("events")).isEmpty();
        assertThat(root.get("claims").isArray()).isTrue();
        assertThat(root.get("claims")).isEmpty();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void topLevelHasTheContractFieldsInOrder() throws Exception {
        List<String> names = new ArrayList<>();
        tree(AnalysisJson.line(ANALYSIS)).fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactly("document", "actors", "mentions", "places", "times", "statements", "events", "claims");
    }

    @Test
    void lineIsOneLine() {
        String line = AnalysisJson.line(ANALYSIS);

        assertThat(line).doesNotContain("\n").doesNotContain("\r");
        assertThat(line).startsWith("{").endsWith("}");
    }

    @Test
    void prettyParsesToTheSameTreeAsLine() throws Exception {
        String pretty = AnalysisJson.pretty(ANALYSIS);

        assertThat(pretty.lines().count()).isGreaterThan(10);
        assertThat(tree(pretty)).isEqualTo(tree(AnalysisJson.line(ANALYSIS)));
    }

    @Test
    void writeToAWriterGivesTheSameJson() {
        StringWriter out = new StringWriter();

        AnalysisJson.write(ANALYSIS, out, false);

        assertThat(out.toString()).isEqualTo(AnalysisJson.line(ANALYSIS));
    }

    @Test
    void everySpanTextIsTheDocumentTextBetweenItsOffsets() throws Exception {
        JsonNode root = tree(AnalysisJson.line(ANALYSIS));
        String text = root.get("document").get("text").asText();
        List<JsonNode> spans = new ArrayList<>();
        collectSpans(root, spans);

        assertThat(spans).as("mention, place, time, speaker, 2 cues, 2 contents").hasSize(8);
        for (JsonNode span : spans) {
            int start = span.get("start").asInt();
            int end = span.get("end").asInt();
            assertThat(start).as("start of %s", span).isBetween(0, end);
            assertThat(end).as("end of %s", span).isLessThanOrEqualTo(text.length());
            assertThat(span.get("text").asText()).as("text of %s", span).isEqualTo(text.substring(start, end));
        }
    }

    @Test
    void unknownDocumentFieldsAreNullNotMissing() throws Exception {
        Document bare = new Document(Document.contentId("x"), null, null, null, null, null, "x");
        JsonNode d = tree(AnalysisJson.line(new Analysis(bare, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of())))
                .get("document");

        for (String field : List.of("url", "outlet", "title", "published", "language")) {
            assertThat(d.has(field)).as(field + " present").isTrue();
            assertThat(d.get(field).isNull()).as(field + " null").isTrue();
        }
    }

    private static void assertSpan(JsonNode node, int start, int end, String text) {
        assertThat(node.get("start").asInt()).as("start").isEqualTo(start);
        assertThat(node.get("end").asInt()).as("end").isEqualTo(end);
        assertThat(node.get("text").asText()).as("text").isEqualTo(text);
        assertThat(TEXT.substring(start, end)).isEqualTo(text);
    }

    /** Every object with start, end and text, anywhere in the tree. */
    private static void collectSpans(JsonNode node, List<JsonNode> spans) {
        if (node.isObject() && node.has("start") && node.has("end") && node.has("text")) {
            spans.add(node);
        }
        node.forEach(child -> collectSpans(child, spans));
    }
}
