package org.claimgraph.extract;

import org.claimgraph.model.Actor;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Analysis;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.extract.TestAnalyzer.codesAt;

/**
 * Groups named by a common noun ("demonstrators", "rebels in Chile", "168 Chileans"), the "civilian"
 * modifier, ethnic groups, shares of a group, a body named again ("the ministry") and titles, on sentences
 * we wrote; with their traps. Mission: actors — every mention resolves to one coded actor, so that an event
 * has its source.
 */
class GroupActorsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 8);

    @ParameterizedTest(name = "actors: \"{1}\" in \"{0}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Demonstrators blocked the bridge while militants fired rockets.   | Demonstrators | CVL
            Demonstrators blocked the bridge while militants fired rockets.   | militants     | REB
            Rebels in Chile seized a ferry on Monday.                         | Rebels        | CHLREB
            Rebels in Chile seized a ferry on Monday.                         | Chile         | CHL
            Demonstrators in Oslo marched to the harbour.                     | Demonstrators | NORCVL
            Kremlin officials denied the report on Tuesday.                   | officials     | RUSGOV
            The ministry said the ships had left.                             | ministry      | GOV
            Hundreds of Chileans crossed the border on foot.                  | Chileans      | CHLCVL
            The Chileans rejected the offer on Friday.                        | Chileans      | CHL
            Norwegian civilian advisers left the port on Sunday.              | Norwegian civilian advisers  | NORCVL
            Norwegian civilian officials met the generals on Sunday.          | Norwegian civilian officials | NORGOV
            Hundreds of ethnic Chileans demonstrated in Norway on Sunday.     | ethnic Chileans          | NORCVL
            Ethnic Chilean fishermen blocked the harbour.                     | Ethnic Chilean fishermen | CVL
            Only 52 percent of registered voters agreed with the plan.        | Only 52 percent of registered voters | CVL
            U.S. and Chilean negotiators return to Geneva this week.          | U.S.          | USAGOV
            U.S. and Chilean negotiators return to Geneva this week.          | Chilean       | CHLGOV
            The government outlawed the largest extremist organization in Chile. | extremist organization | CHLREB
            Chile's military intelligence agency said the drones came from the north. | Chile's military intelligence agency | CHLMIL
            Troops patrolled the West Bank and the Gaza Strip.                | West Bank     | PSE
            Troops patrolled the West Bank and the Gaza Strip.                | Gaza Strip    | PSE
            Chilean students marched to the ministry on Monday.               | Chilean students | CHLEDU
            Students throughout Chile boycotted their classes.                | Students      | CHLEDU
            Striking workers in Chile blocked the port.                       | workers       | CHLLAB
            Norwegian doctors treated the wounded at the camp.                | Norwegian doctors | NORHLH
            Chilean farmers blocked the highway with tractors.                | Chilean farmers | CHLAGR
            Aid workers in Chile handed out blankets.                         | Aid workers   | CHLNGO
            Doctors throughout the region went on strike.                     | Doctors       | HLH
            Artillery shelled Chilean towns near the border.                  | Chilean towns | CHLCVL
            Bulldozers demolished Chilean homes on Sunday.                    | Chilean homes | CHLCVL
            Norway threatened to shell Chilean towns today.                   | Chilean towns | CHLCVL
            A top U.S. official today praised the agreement.                  | U.S. official | USAGOV
            Chilean officials Monday rejected the offer.                      | Chilean officials | CHLGOV
            """)
    void aGroupGetsTheCodeItsWordsTell(String sentence, String words, String code) {
        assertThat(codesAt(TestAnalyzer.analyze(sentence, DAY), words)).containsExactly(code);
    }

    @Test
    @DisplayName("actors: a group noun is a group actor, without a country when the text names none")
    void aCommonNounForAGroupIsAGroupActor() {
        Analysis a = TestAnalyzer.analyze("Demonstrators blocked the bridge while militants fired rockets.", DAY);

        assertThat(TestAnalyzer.actorNamed(a, "militants")).get()
                .extracting(Actor::kind, Actor::country).containsExactly(ActorKind.GROUP, null);
    }

    @Test
    @DisplayName("actors: 'the ministry' and 'a ministry spokeswoman' refer back to the country's ministry")
    void aBodyNamedAgainIsTheBodyNamedBefore() {
        Analysis a = TestAnalyzer.analyze("Chile's foreign ministry protested on Monday. The ministry said the ships "
                + "had left Chilean waters, and a ministry spokeswoman confirmed the figure.", DAY);

        assertThat(codesAt(a, "ministry")).containsExactly("CHLGOV");
        assertThat(codesAt(a, "ministry spokeswoman")).containsExactly("CHLGOV");
        assertThat(a.actors()).extracting(Actor::id).noneMatch(id -> id.startsWith("org:ministry"));
    }

    @ParameterizedTest(name = "actors: trap — no mention starts with \"{1}\" in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Civilian casualties rose after rebel leader Tomas Berg spoke.     | Civilian
            Troops shelled ethnic Chilean villages near Norway.               | ethnic
            Fighting raged in Chilean towns on Sunday.                        | Chilean
            Chilean village elders met the governor on Sunday.                | Chilean village
            Chilean town halls closed today.                                  | Chilean town
            Chile is willing to withdraw its troops from Peru.                | troops
            Chile opposed the deployment of a peacekeeping force.             | the deployment
            """)
    void aModifierAnOwnedGroupOrAnActIsNoGroup(String sentence, String words) {
        // "civilian" as an adjective, an ethnic adjective before a place, a group a pronoun owns ("its troops" are
        // the country's), an act before "of" (no share of the group)
        assertThat(TestAnalyzer.analyze(sentence, DAY).mentions()).noneMatch(m -> m.span().text().startsWith(words));
    }

    @Test
    @DisplayName("actors: a person's title is a mention of the person, and 'of COUNTRY' after the name gives the country")
    void aTitleMentionsThePersonAndOfACountryPlacesThem() {
        Analysis title = TestAnalyzer.analyze("Chilean negotiator Elena Vidal met the envoy in Lima.", DAY);
        Analysis of = TestAnalyzer.analyze("King Harald of Norway opened the session on Monday.", DAY);
        Analysis hyphen = TestAnalyzer.analyze("Critics attacked Chilean right-winger Tomas Berg on Monday.", DAY);

        assertThat(TestAnalyzer.actorNamed(title, "Elena Vidal")).get().extracting(Actor::country).isEqualTo("CHL");
        assertThat(title.mentions()).anySatisfy(m -> {
            assertThat(m.span().text()).isEqualTo("Chilean negotiator");
            assertThat(m.actor()).isEqualTo("person:elena-vidal");
        });
        assertThat(TestAnalyzer.actorNamed(title, "Elena Vidal").get().aliases()).as("a title is no name")
                .doesNotContain("Chilean negotiator");
        assertThat(TestAnalyzer.actorNamed(of, "Harald")).get().extracting(Actor::code).isEqualTo("NORGOV");
        assertThat(TestAnalyzer.actorNamed(hyphen, "Tomas Berg")).get().extracting(Actor::country).isEqualTo("CHL");
    }
}
