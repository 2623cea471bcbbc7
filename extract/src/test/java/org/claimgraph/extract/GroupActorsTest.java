package org.claimgraph.extract;

import org.claimgraph.model.Actor;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Sector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Groups named by a common noun ("demonstrators", "rebels in Chile", "168 Chileans"), the "civilian"
 * modifier, and a body named again ("the ministry"), on sentences we wrote; with their traps.
 * Mission: actors — every mention resolves to one coded actor, so that an event has its source.
 */
class GroupActorsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 8);

    /** The codes of the actors mentioned at exactly these words. */
    private static List<String> codesAt(Analysis a, String words) {
        List<String> ids = a.mentions().stream().filter(m -> m.span().text().equals(words)).map(Mention::actor).toList();
        return a.actors().stream().filter(x -> ids.contains(x.id())).map(Actor::code).toList();
    }

    @Test
    @DisplayName("actors: a common noun for a group is a group actor of its sector, without a country")
    void aCommonNounForAGroupIsAGroupActor() {
        Analysis a = TestAnalyzer.analyze("Demonstrators blocked the bridge while militants fired rockets.", DAY);

        assertThat(codesAt(a, "Demonstrators")).containsExactly("CVL");
        assertThat(codesAt(a, "militants")).containsExactly("REB");
        assertThat(TestAnalyzer.actorNamed(a, "militants")).get().extracting(Actor::kind).isEqualTo(ActorKind.GROUP);
    }

    @Test
    @DisplayName("actors: a group in a country or its capital is that country's group; the country stays a place")
    void aGroupInACountryIsThatCountrysGroup() {
        Analysis country = TestAnalyzer.analyze("Rebels in Chile seized a ferry on Monday.", DAY);
        Analysis capital = TestAnalyzer.analyze("Demonstrators in Oslo marched to the harbour.", DAY);

        assertThat(codesAt(country, "Rebels")).containsExactly("CHLREB");
        assertThat(codesAt(country, "Chile")).containsExactly("CHL");
        assertThat(codesAt(capital, "Demonstrators")).containsExactly("NORCVL");
    }

    @Test
    @DisplayName("actors: trap — a role noun used as an adjective or before a name is no group")
    void aRoleNounAsAModifierIsNoGroup() {
        Analysis a = TestAnalyzer.analyze("Civilian casualties rose after rebel leader Tomas Berg spoke.", DAY);

        assertThat(a.actors()).noneMatch(x -> x.sector() == Sector.CVL);
        assertThat(a.mentions()).noneMatch(m -> m.span().text().equalsIgnoreCase("civilian"));
    }

    @Test
    @DisplayName("actors: a plural demonym is the country's people (CVL); with 'the' it is the country's side")
    void aPluralDemonymIsThePeopleOfTheCountry() {
        Analysis people = TestAnalyzer.analyze("Hundreds of Chileans crossed the border on foot.", DAY);
        Analysis side = TestAnalyzer.analyze("The Chileans rejected the offer on Friday.", DAY);

        assertThat(codesAt(people, "Chileans")).containsExactly("CHLCVL");
        assertThat(codesAt(side, "Chileans")).containsExactly("CHL");
    }

    @Test
    @DisplayName("actors: 'civilian' makes a state's people civilians, but civilian officials still govern")
    void civilianOverridesTheRoleExceptForOffices() {
        Analysis advisers = TestAnalyzer.analyze("Norwegian civilian advisers left the port on Sunday.", DAY);
        Analysis officials = TestAnalyzer.analyze("Norwegian civilian officials met the generals on Sunday.", DAY);

        assertThat(codesAt(advisers, "Norwegian civilian advisers")).containsExactly("NORCVL");
        assertThat(codesAt(officials, "Norwegian civilian officials")).containsExactly("NORGOV");
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

    @Test
    @DisplayName("actors: trap — a ministry with no ministry named before has no country")
    void aBodyWithNothingBeforeHasNoCountry() {
        Analysis a = TestAnalyzer.analyze("The ministry said the ships had left.", DAY);

        assertThat(codesAt(a, "ministry")).containsExactly("GOV");
    }

    @Test
    @DisplayName("actors: a role right after a seat of power is that seat's country's role")
    void aRoleAfterASeatIsItsCountrysRole() {
        Analysis a = TestAnalyzer.analyze("Kremlin officials denied the report on Tuesday.", DAY);

        assertThat(codesAt(a, "officials")).containsExactly("RUSGOV");
    }

    @Test
    @DisplayName("actors: the West Bank and the Gaza Strip are Palestine's territories")
    void palestinesTerritoriesArePalestine() {
        Analysis a = TestAnalyzer.analyze("Troops patrolled the West Bank and the Gaza Strip.", DAY);

        assertThat(codesAt(a, "West Bank")).containsExactly("PSE");
        assertThat(codesAt(a, "Gaza Strip")).containsExactly("PSE");
    }

    @Test
    @DisplayName("actors: an ethnic group lives in the other country its sentence names, not in its demonym's state")
    void anEthnicGroupIsOfTheCountryItLivesIn() {
        Analysis abroad = TestAnalyzer.analyze("Hundreds of ethnic Chileans demonstrated in Norway on Sunday.", DAY);
        Analysis unknown = TestAnalyzer.analyze("Ethnic Chilean fishermen blocked the harbour.", DAY);
        Analysis villages = TestAnalyzer.analyze("Troops shelled ethnic Chilean villages near Norway.", DAY);

        assertThat(codesAt(abroad, "ethnic Chileans")).containsExactly("NORCVL");
        assertThat(codesAt(unknown, "Ethnic Chilean fishermen")).containsExactly("CVL");
        assertThat(villages.mentions()).as("trap: an ethnic adjective before a place is no actor")
                .noneMatch(m -> m.span().text().startsWith("ethnic"));
    }

    @Test
    @DisplayName("actors: a country's military intelligence agency is its military")
    void militaryIntelligenceIsMilitary() {
        Analysis a = TestAnalyzer.analyze("Chile's military intelligence agency said the drones came from the north.", DAY);

        assertThat(codesAt(a, "Chile's military intelligence agency")).containsExactly("CHLMIL");
    }

    @Test
    @DisplayName("actors: trap — a group a pronoun owns is no group of its own ('its troops' are the country's)")
    void aGroupAPronounOwnsIsLeftToItsOwner() {
        Analysis a = TestAnalyzer.analyze("Chile is willing to withdraw its troops from Peru.", DAY);

        assertThat(a.mentions()).noneMatch(m -> m.span().text().equals("troops"));
    }

    @Test
    @DisplayName("actors: a share of a group ('52 percent of registered voters') is one mention of the group")
    void aShareOfAGroupIsOneMention() {
        Analysis a = TestAnalyzer.analyze("Only 52 percent of registered voters agreed with the plan.", DAY);

        assertThat(codesAt(a, "Only 52 percent of registered voters")).containsExactly("CVL");
    }

    @Test
    @DisplayName("actors: trap — an act before 'of' is no share of the group ('the deployment of a peacekeeping force')")
    void anActBeforeOfIsNoShare() {
        Analysis a = TestAnalyzer.analyze("Chile opposed the deployment of a peacekeeping force.", DAY);

        assertThat(a.mentions()).noneMatch(m -> m.span().text().contains("deployment"));
    }

    @Test
    @DisplayName("actors: a country's name and a demonym before one role are a group and one actor per country")
    void aCountryNameAndADemonymBeforeARoleAreTwoActors() {
        Analysis a = TestAnalyzer.analyze("U.S. and Chilean negotiators return to Geneva this week.", DAY);

        assertThat(codesAt(a, "U.S.")).containsExactly("USAGOV");
        assertThat(codesAt(a, "Chilean")).containsExactly("CHLGOV");
    }

    @Test
    @DisplayName("actors: an extremist organisation in a country is that country's rebels")
    void anExtremistOrganisationInACountryIsItsRebels() {
        Analysis a = TestAnalyzer.analyze("The government outlawed the largest extremist organization in Chile.", DAY);

        assertThat(codesAt(a, "extremist organization")).containsExactly("CHLREB");
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
        assertThat(TestAnalyzer.actorNamed(of, "Harald")).get().extracting(Actor::code).isEqualTo("NORGOV");
        assertThat(TestAnalyzer.actorNamed(hyphen, "Tomas Berg")).get().extracting(Actor::country).isEqualTo("CHL");
    }
}
