package org.claimgraph.extract.frames;

import org.claimgraph.extract.SharedData;
import org.claimgraph.extract.TestAnalyzer;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Event;
import org.claimgraph.model.Modality;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.extract.frames.FrameVoiceTest.country;

/**
 * The reference article against issue 5's "Done when" ({@code ../shared/eval/seed/events.md}): one
 * claim North Korea → 072 → Russia with the U.S. and South Korea asserting, North Korea denying and
 * Russia dismissing, never an asserted event; and the story-level event tuples.
 */
class SeedFramesTest {

    /**
     * The story-level tuples of events.md, by country, grouped as the gold dedupes them (Lavrov's
     * 016 and 111 are one speech act; 042 and its reciprocal 043 one visit; a pair of 040 or 030 one
     * consultation or intent). A group is found when any of its tuples is an event that is not historical.
     */
    private static final List<Set<String>> STORY = List.of(
            Set.of("RUS 016 USA", "RUS 111 USA"),
            Set.of("USA 112 PRK"),
            Set.of("KOR 112 PRK"),
            Set.of("PRK 016 USA"),
            Set.of("RUS 042 PRK", "PRK 043 RUS"),
            Set.of("RUS 040 PRK", "PRK 040 RUS"),
            Set.of("PRK 030 RUS", "RUS 030 PRK"),
            Set.of("RUS 051 PRK"),
            Set.of("RUS 036 PRK", "RUS 036 CHN"));

    private static Analysis analysis;

    @BeforeAll
    static void analyse() throws IOException {
        Path seed = SharedData.require("seed");
        analysis = TestAnalyzer.analyze(Files.readString(seed.resolve("article.txt")), LocalDate.of(2023, 10, 21));
    }

    @Test
    void oneMunitionsClaimWithEachSidesStance() {
        List<Claim> munitions = analysis.claims().stream()
                .filter(c -> c.cameo().equals("072") && country(analysis, c.source()).equals("PRK")).toList();
        assertThat(munitions).hasSize(1);
        Claim c = munitions.get(0);
        assertThat(country(analysis, c.target())).isEqualTo("RUS");
        assertThat(c.stances()).extracting(s -> country(analysis, s.actor()) + " " + s.kind())
                .contains("USA ASSERT", "KOR ASSERT", "PRK DENY", "RUS DISMISS")
                .doesNotContain("RUS DENY");
        assertThat(c.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind().name()).isEqualTo("IMAGES");
            assertThat(country(analysis, e.by())).isEqualTo("USA");
        });
        assertThat(c.frames()).extracting(f -> f.trigger().text())
                .contains("transferred", "delivered", "providing", "shipped");
    }

    @Test
    void theAllegationIsNeverAnEvent() {
        assertThat(analysis.events()).noneMatch(e -> e.frame().family().equals("07"));
    }

    @Test
    void findsAllNineStoryTuplesAndNoOthers() {
        Set<String> found = analysis.events().stream().filter(e -> e.modality() != Modality.HISTORICAL)
                .map(SeedFramesTest::tuple).collect(Collectors.toSet());
        List<Set<String>> missed = STORY.stream().filter(g -> g.stream().noneMatch(found::contains)).toList();
        Set<String> expected = STORY.stream().flatMap(Set::stream).collect(Collectors.toSet());
        List<String> others = new ArrayList<>(found.stream().filter(t -> !expected.contains(t)).sorted().toList());
        assertThat(missed).as("missed story tuples").isEmpty();
        assertThat(others).as("events beyond the story tuples").hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void kimsVisitLastMonthIsHistorical() {
        assertThat(analysis.events()).anyMatch(e -> tuple(e).equals("PRK 042 RUS") && e.modality() == Modality.HISTORICAL);
    }

    private static String tuple(Event e) {
        return country(analysis, e.frame().source()) + " " + e.frame().cameo() + " " + country(analysis, e.frame().target());
    }
}
