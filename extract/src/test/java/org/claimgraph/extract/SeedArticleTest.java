package org.claimgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;
import org.claimgraph.model.TimeRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference article against its gold attributions ({@code ../shared/eval/seed}): who said what,
 * with the right speaker; relative dates; one actor per person. Mission: attribution.
 */
class SeedArticleTest {

    private static Analysis analysis;
    private static JsonNode gold;
    private static String text;

    /** How to recognise each gold speaker among our actors. */
    private static final Map<String, Predicate<Actor>> SPEAKERS = Map.of(
            "Sergey Lavrov", a -> a.name().equals("Sergey Lavrov"),
            "United States (government)", a -> "USA".equals(a.country()),
            "White House", a -> "USAGOV".equals(a.code()),
            "John Kirby", a -> a.name().equals("John Kirby"),
            "North Korea (government)", a -> "PRK".equals(a.country()),
            "South Korean officials", a -> "KOR".equals(a.country()),
            "Russian and North Korean officials", a -> a.name().equals("Russian and North Korean officials"),
            "Korean Central News Agency (KCNA)", a -> a.name().contains("Korean Central News Agency"),
            "Kim Jong Un", a -> a.name().equals("Kim Jong Un"));

    @BeforeAll
    static void analyse() throws IOException {
        Path seed = SharedData.require("seed");
        text = Files.readString(seed.resolve("article.txt"));
        gold = new ObjectMapper().readTree(seed.resolve("attributions.json").toFile());
        analysis = TestAnalyzer.analyze(text, LocalDate.of(2023, 10, 21));
    }

    @Test
    void findsAtLeast14Of18TopLevelAttributionsWithTheRightSpeaker() {
        List<String> found = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (JsonNode a : gold.get("attributions")) {
            if (a.has("nested_in") || a.path("embedded").asBoolean()) {
                continue;
            }
            Span content = span(a.get("content"));
            Predicate<Actor> right = SPEAKERS.get(a.get("speaker").asText());
            boolean ok = analysis.statements().stream().anyMatch(s -> jaccard(s.content(), content) >= 0.5
                    && s.speaker() != null && analysis.findActor(s.speaker().actor()).filter(right).isPresent());
            (ok ? found : missed).add(a.get("id").asText());
        }
        assertThat(found.size() + missed.size()).isEqualTo(18);
        assertThat(found).as("found; missed: %s", missed).hasSizeGreaterThanOrEqualTo(14);
    }

    @Test
    void heSaidResolvesToLavrov() {
        for (String id : List.of("A8", "A18", "A19", "A20")) {
            JsonNode a = goldAttribution(id);
            Statement s = analysis.statements().stream()
                    .filter(x -> jaccard(x.content(), span(a.get("content"))) >= 0.5).findFirst()
                    .orElseThrow(() -> new AssertionError("no statement for " + id));
            assertThat(s.speaker().span().text()).isEqualTo("he");
            assertThat(analysis.findActor(s.speaker().actor())).get().extracting(Actor::name).isEqualTo("Sergey Lavrov");
        }
    }

    @Test
    void relativeDaysResolveAgainstThePublicationDate() {
        assertThat(analysis.times()).extracting(t -> t.span().text() + "=" + t.value())
                .contains("Friday=2023-10-20", "Thursday=2023-10-19");
    }

    @Test
    void lavrovIsOneActor() {
        List<Actor> lavrovs = analysis.actors().stream()
                .filter(a -> a.name().contains("Lavrov") || a.aliases().stream().anyMatch(n -> n.contains("Lavrov")))
                .toList();
        assertThat(lavrovs).hasSize(1);
        assertThat(lavrovs.get(0).aliases()).contains("Mr. Lavrov");
    }

    @Test
    void nothingIsExtractedFromTheNonAttributions() {
        for (JsonNode n : gold.get("non_attributions")) {
            int start = text.indexOf(n.get("text").asText());
            Span none = Span.of(text, start, start + n.get("text").asText().length());
            assertThat(analysis.statements()).as(n.get("text").asText())
                    .noneMatch(s -> none.contains(s.cue().span()));
        }
    }

    @Test
    void everySpanPointsAtItsText() {
        for (Statement s : analysis.statements()) {
            for (Span span : List.of(s.cue().span(), s.content())) {
                assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
            }
        }
        for (TimeRef t : analysis.times()) {
            assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo(t.span().text());
        }
    }

    private static JsonNode goldAttribution(String id) {
        for (JsonNode a : gold.get("attributions")) {
            if (a.get("id").asText().equals(id)) {
                return a;
            }
        }
        throw new AssertionError("no gold attribution " + id);
    }

    /** A gold span; its offsets count code points, ours UTF-16 units. */
    private static Span span(JsonNode node) {
        int start = text.offsetByCodePoints(0, node.get("start").asInt());
        int end = text.offsetByCodePoints(0, node.get("end").asInt());
        return Span.of(text, start, end);
    }

    static double jaccard(Span a, Span b) {
        int inter = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
        int union = a.length() + b.length() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }
}
