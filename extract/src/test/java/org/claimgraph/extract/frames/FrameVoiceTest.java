package org.claimgraph.extract.frames;

import org.claimgraph.extract.TestAnalyzer;
import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Frame;
import org.claimgraph.model.StanceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Frames and their voice on sentences we wrote: the same frame stated by the outlet, reported and
 * denied; the common CAMEO codes; coordinated targets; negation, intention and past dates.
 */
class FrameVoiceTest {

    /** A Friday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 10);

    @Test
    void theOutletStatingAFrameMakesAnAssertedEvent() {
        Analysis a = analyze("North Korea delivered weapons to Russia on Tuesday.");
        assertThat(events(a)).containsExactly("PRK 072 RUS ASSERTED");
        assertThat(a.events().get(0).frame().time()).isEqualTo("2024-05-07");
        assertThat(a.events().get(0).frame().trigger().text()).isEqualTo("delivered");
        assertThat(a.events().get(0).goldstein()).isEqualTo(8.3);
        assertThat(a.claims()).isEmpty();
    }

    @Test
    void aParticipleBeforeANounIsNoActOfThatNoun() {
        Analysis a = analyze("Chilean police detained 40 members of the banned Movement for the Actualization of the "
                + "Sovereign State of Biafra.");
        assertThat(a.events()).noneMatch(e -> e.frame().trigger().text().equals("banned"));
        // trap: the verb of the clause still has its source
        assertThat(a.events()).anySatisfy(e -> assertThat(e.frame().trigger().text()).isEqualTo("detained"));
    }

    @Test
    void aCityAfterInIsWhereTheyMeetNotWhomTheyMeet() {
        Analysis a = analyze("The Norwegian and Icelandic ministers will meet in Copenhagen next month.");
        assertThat(a.events()).isNotEmpty().allSatisfy(e -> {
            assertThat(country(a, e.frame().target())).isNotEqualTo("DNK");
            assertThat(e.frame().place()).isEqualTo("Copenhagen");
        });
    }

    @Test
    void newsWordingsForRecognitionTruceAndProtestAreCoded() {
        assertThat(events(analyze("Sri Lanka established diplomatic ties with Iran."))).contains("LKA 054 IRN ASSERTED");
        assertThat(events(analyze("Armenia declared a ceasefire with Azerbaijan."))).contains("ARM 087 AZE ASSERTED");
        assertThat(events(analyze("Nigeria summoned the ambassador of Niger to complain."))).anyMatch(e -> e.startsWith("NGA 111"));
    }

    @Test
    void aThreatAimedAtNoOneNamedIsStillAnEventButABareSayingIsNot() {
        Analysis threat = analyze("Kenya threatened to cut off electricity exports.");
        assertThat(threat.events()).anySatisfy(e -> {
            assertThat(e.frame().plover()).isEqualTo("THREATEN");
            assertThat(e.frame().target()).isNull();
        });
        assertThat(analyze("Kenya said the exports would continue.").events()).noneMatch(e -> e.frame().cameo().startsWith("01"));
    }

    @Test
    void sayingThatAnotherMustActIsADemand() {
        assertThat(events(analyze("Norway said that Iceland must withdraw its ships."))).contains("NOR 100 ISL ASSERTED");
        assertThat(events(analyze("Norway said that Iceland withdrew its ships."))).noneMatch(e -> e.contains(" 100 "));
    }

    @Test
    void aThirdPartyReportingItMakesAClaimNotAnEvent() {
        Analysis a = analyze("The United States said North Korea delivered weapons to Russia.");
        assertThat(events(a)).noneMatch(e -> e.contains(" 072 "));
        assertThat(a.claims()).hasSize(1);
        Claim c = a.claims().get(0);
        assertThat(country(a, c.source()) + " " + c.cameo() + " " + country(a, c.target())).isEqualTo("PRK 072 RUS");
        assertThat(c.plover()).isEqualTo("AID");
        assertThat(c.stances()).extracting(s -> country(a, s.actor()) + " " + s.kind()).containsExactly("USA ASSERT");
    }

    @Test
    void aDenialIsADenyStanceAndASpeechEvent() {
        Analysis a = analyze("The United States accused North Korea of shipping arms to Russia. "
                + "North Korea denied that it shipped arms to Russia.");
        assertThat(a.claims()).hasSize(1);
        assertThat(a.claims().get(0).stances()).extracting(s -> country(a, s.actor()) + " " + s.kind())
                .contains("USA ASSERT", "PRK DENY");
        assertThat(events(a)).contains("USA 112 PRK ASSERTED", "PRK 016 USA ASSERTED")
                .noneMatch(e -> e.contains(" 072 "));
    }

    @Test
    void aDismissalWithoutContentGoesToTheClaimInFocus() {
        Analysis a = analyze("The United States said North Korea shipped arms to Russia. "
                + "Russia shrugged off the claims on Thursday.");
        assertThat(a.claims()).hasSize(1);
        assertThat(a.claims().get(0).stances()).extracting(s -> country(a, s.actor()) + " " + s.kind())
                .containsExactly("USA ASSERT", "RUS DISMISS");
    }

    @Test
    void aHedgedCueHedgesTheStance() {
        Analysis a = analyze("The United States believes North Korea shipped arms to Russia.");
        assertThat(a.claims()).singleElement().satisfies(c ->
                assertThat(c.stances()).singleElement().satisfies(s -> {
                    assertThat(s.kind()).isEqualTo(StanceKind.ASSERT);
                    assertThat(s.certainty().name()).isEqualTo("HEDGED");
                }));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Russian Foreign Minister Sergey Lavrov visited Pyongyang on Tuesday.| RUS 042 PRK",
            "France criticized Germany on Monday.                                 | FRA 111 DEU",
            "Iran accused Israel of sabotage on Monday.                           | IRN 112 ISR",
            "The United States imposed sanctions on Iran on Monday.               | USA 163 IRN",
            "Russia attacked Ukraine on Monday.                                   | RUS 190 UKR",
            "China threatened Taiwan on Monday.                                   | CHN 130 TWN",
            "Japan praised South Korea on Monday.                                 | JPN 051 KOR",
            "India met with Pakistan on Monday.                                   | IND 040 PAK",
            "Germany rejected France's proposal on Monday.                        | DEU 125 FRA",
            "Turkey expelled Sweden's ambassador on Monday.                       | TUR 166 SWE",
            "Egypt hosted Jordan on Monday.                                       | EGY 043 JOR",
    })
    void codesTheCommonActions(String sentence, String tuple) {
        assertThat(events(analyze(sentence))).contains(tuple + " ASSERTED");
    }

    @Test
    void coordinatedTargetsGiveOneFrameEach() {
        Analysis a = analyze("Russia held talks with China and India on Monday.");
        assertThat(events(a)).containsExactlyInAnyOrder("RUS 040 CHN ASSERTED", "RUS 040 IND ASSERTED");
    }

    @Test
    void aNegatedActionIsNegated() {
        assertThat(events(analyze("Russia did not attack Ukraine on Monday."))).containsExactly("RUS 190 UKR NEGATED");
    }

    @Test
    void anIntentionTakesTheIntentCode() {
        assertThat(events(analyze("China pledged to send weapons to Russia.")))
                .containsExactly("CHN 033 RUS INTENDED");
        assertThat(events(analyze("Russia will hold talks with China.")))
                .containsExactly("RUS 036 CHN INTENDED");
    }

    @Test
    void anActionDatedBeforeTheStoryIsHistorical() {
        Analysis a = analyze("Russia attacked Ukraine in 2014.");
        assertThat(events(a)).containsExactly("RUS 190 UKR HISTORICAL");
        assertThat(a.events().get(0).frame().time()).isEqualTo("2014");
    }

    @Test
    void evidenceGoesToTheClaimInFocus() {
        Analysis a = analyze("The White House said North Korea delivered weapons to Russia. "
                + "It released images that it said showed the shipments.");
        assertThat(a.claims()).singleElement().satisfies(c -> assertThat(c.evidence())
                .singleElement().satisfies(e -> {
                    assertThat(e.kind().name()).isEqualTo("IMAGES");
                    assertThat(country(a, e.by())).isEqualTo("USA");
                    assertThat(e.span().text()).startsWith("released images");
                }));
    }

    private static Analysis analyze(String text) {
        return TestAnalyzer.analyze(text, PUBLISHED);
    }

    /** Events as "SOURCE CAMEO TARGET MODALITY", actors by country. */
    static List<String> events(Analysis a) {
        return a.events().stream().map(e -> tuple(a, e.frame()) + " " + e.modality()).toList();
    }

    private static String tuple(Analysis a, Frame f) {
        return country(a, f.source()) + " " + f.cameo() + " " + country(a, f.target());
    }

    static String country(Analysis a, String actor) {
        if (actor == null) {
            return "-";
        }
        return a.findActor(actor).map(Actor::country).orElse(actor);
    }
}
