package org.claimgraph.extract;

import org.claimgraph.model.Actor;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Place;
import org.claimgraph.model.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actors from sentences we wrote: name chains, titles, descriptions, metonymy, groups, and the
 * traps (a capital as a place, two people with one surname). Mission: actors coded by country and sector.
 */
class ActorFinderTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 8);

    @Test
    void aTitleGivesCountryAndSector() {
        Analysis a = TestAnalyzer.analyze("Norwegian Foreign Minister Ingrid Halvorsen met Chilean President Elena Vidal.", DAY);

        assertThat(TestAnalyzer.actorNamed(a, "Ingrid Halvorsen")).get()
                .extracting(Actor::kind, Actor::country, Actor::sector, Actor::code)
                .containsExactly(ActorKind.PERSON, "NOR", Sector.GOV, "NORGOV");
        assertThat(TestAnalyzer.actorNamed(a, "Elena Vidal")).get().extracting(Actor::code).isEqualTo("CHLGOV");
    }

    @Test
    void aNameChainIsOneActorWithStableId() {
        Analysis a = TestAnalyzer.analyze("Ingrid Halvorsen arrived on Monday. Ms. Halvorsen said the talks went well. "
                + "Halvorsen left on Tuesday.", DAY);

        assertThat(a.actors()).filteredOn(x -> x.kind() == ActorKind.PERSON).hasSize(1);
        Actor person = TestAnalyzer.actorNamed(a, "Ingrid Halvorsen").orElseThrow();
        assertThat(person.id()).isEqualTo("person:ingrid-halvorsen");
        assertThat(person.aliases()).contains("Ms. Halvorsen", "Halvorsen");
    }

    @Test
    void aDescriptionJoinsTheNamedPersonWhoHoldsTheOffice() {
        Analysis a = TestAnalyzer.analyze("Norway’s top diplomat rejected the claims. "
                + "Foreign Minister Ingrid Halvorsen spoke in Oslo on Friday.", DAY);

        Actor person = TestAnalyzer.actorNamed(a, "Ingrid Halvorsen").orElseThrow();
        assertThat(person.aliases()).contains("Norway’s top diplomat");
        assertThat(person.code()).isEqualTo("NORGOV");
        assertThat(a.actors()).filteredOn(x -> x.kind() == ActorKind.PERSON).hasSize(1);
    }

    @Test
    void aCapitalThatSpeaksIsItsGovernmentAndACapitalAsAPlaceIsNoActor() {
        Analysis speaks = TestAnalyzer.analyze("Oslo said the talks would go on.", DAY);
        Analysis place = TestAnalyzer.analyze("Ingrid Halvorsen arrived in Oslo on Monday.", DAY);

        assertThat(speaks.actors()).extracting(Actor::name, Actor::code).contains(org.assertj.core.groups.Tuple.tuple("Oslo", "NORGOV"));
        assertThat(place.actors()).extracting(Actor::name).doesNotContain("Oslo");
        assertThat(place.places()).extracting(Place::name, Place::country, p -> p.span().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Oslo", "NOR", "Oslo"));
        assertThat(speaks.places()).isEmpty();
    }

    @Test
    void aCountryNameWithATypingSlipIsThatCountryButAPersonIsNot() {
        Analysis a = TestAnalyzer.analyze("Chile rejected a fresh offer from Norwya on Monday. Ethiopa agreed to "
                + "reopen its borders.", DAY);
        Analysis person = TestAnalyzer.analyze("Chilean President Elena Vidal met Jordans Okafor on Monday.", DAY);

        assertThat(a.actors()).extracting(Actor::code).contains("NOR", "ETH");
        assertThat(person.actors()).extracting(Actor::code).doesNotContain("JOR");
    }

    @Test
    void anOrganisationNamedForItsCountryIsOneActorOfThatCountryNotTheState() {
        Analysis a = TestAnalyzer.analyze("The Chilean Union of Teachers called off the strike. The Norwegian Refugee "
                + "Council warned of famine. The Chilean Defense Ministry said nothing.", DAY);

        assertThat(TestAnalyzer.actorNamed(a, "Chilean Union of Teachers")).get()
                .extracting(Actor::kind, Actor::code).containsExactly(ActorKind.ORGANIZATION, "CHLEDU");
        assertThat(TestAnalyzer.actorNamed(a, "Norwegian Refugee Council")).get()
                .extracting(Actor::kind, Actor::country).containsExactly(ActorKind.ORGANIZATION, "NOR");
        assertThat(a.actors()).extracting(Actor::kind).doesNotContain(ActorKind.STATE);
        assertThat(a.actors()).extracting(Actor::code).contains("CHLMIL"); // a role of the state stays one
    }

    @Test
    void aPeopleWithoutAStateLivesInTheCountryItsSentenceNamesElseAtHome() {
        Analysis named = TestAnalyzer.analyze("Officials in Mozambique met Shona rebels on Monday.", DAY);
        Analysis home = TestAnalyzer.analyze("Shona rebels blocked the road on Monday.", DAY);
        Analysis people = TestAnalyzer.analyze("The Kurds demanded autonomy. Yoruba leaders said they would talk.", DAY);

        assertThat(TestAnalyzer.actorNamed(named, "Shona rebels")).get().extracting(Actor::code).isEqualTo("MOZREB");
        assertThat(TestAnalyzer.actorNamed(home, "Shona rebels")).get().extracting(Actor::code).isEqualTo("ZWEREB");
        assertThat(TestAnalyzer.actorNamed(people, "Kurds")).get().extracting(Actor::code).isEqualTo("IRQCVL");
        assertThat(TestAnalyzer.actorNamed(people, "Yoruba leaders")).get()
                .extracting(Actor::kind, Actor::code).containsExactly(ActorKind.GROUP, "NGAGOV");
    }

    @Test
    void aRegionsPeopleAreOfItsCountryAndTheRegionIsAPlaceNeverTheState() {
        Analysis a = TestAnalyzer.analyze("Chile accused Darfur rebels of breaking the truce. Fighting in Darfur went "
                + "on. The governor of Helmand province said the rebels in North Kivu had left.", DAY);

        assertThat(a.actors()).extracting(Actor::code).contains("SDNREB", "AFGGOV", "CODREB")
                .doesNotContain("SDN", "COD", "AFG");
        assertThat(a.places()).extracting(Place::name, Place::country).contains(
                org.assertj.core.groups.Tuple.tuple("Darfur", "SDN"), org.assertj.core.groups.Tuple.tuple("North Kivu", "COD"));
    }

    @Test
    void aWellKnownPersonTakesTheRegistrysCountryUnlessTheTextGivesOne() {
        Analysis a = TestAnalyzer.analyze("President Bush met Chilean officials. The Bush administration said it "
                + "would help. Kim said nothing.", DAY);
        Analysis titled = TestAnalyzer.analyze("Norwegian Foreign Minister Tony Blair met Chilean officials.", DAY);

        assertThat(TestAnalyzer.actorNamed(a, "Bush")).get().extracting(Actor::code).isEqualTo("USAGOV");
        assertThat(a.actors()).filteredOn(x -> x.kind() == ActorKind.GROUP).extracting(Actor::code)
                .contains("USAGOV", "CHLGOV");
        assertThat(TestAnalyzer.actorNamed(a, "Kim")).get().extracting(Actor::country).isNull(); // never alone
        assertThat(TestAnalyzer.actorNamed(titled, "Tony Blair")).get().extracting(Actor::code).isEqualTo("NORGOV");
    }

    @Test
    void aCapitalThatAidGoesToIsItsPeopleButTalksThereLeaveItAPlace() {
        Analysis aid = TestAnalyzer.analyze("Relief workers suspended aid deliveries in Oslo on Monday.", DAY);
        Analysis talks = TestAnalyzer.analyze("Relief workers held talks in Oslo on Monday.", DAY);

        assertThat(aid.actors()).extracting(Actor::code).contains("NORCVL");
        assertThat(aid.places()).isEmpty();
        assertThat(talks.actors()).extracting(Actor::code).doesNotContain("NORCVL", "NORGOV");
        assertThat(talks.places()).extracting(Place::country).containsExactly("NOR");
    }

    @Test
    void aPartOfACapitalAfterAPlacePrepositionIsAPlaceToo() {
        Analysis a = TestAnalyzer.analyze("The talks went on in central Oslo and near eastern Santiago.", DAY);

        assertThat(a.places()).extracting(Place::country).containsExactly("NOR", "CHL");
        assertThat(a.actors()).extracting(Actor::code).doesNotContain("NORGOV", "CHLGOV");
    }

    @Test
    void homesOfAPeopleAfterAPlacePrepositionAreAPlaceOfTheirCountry() {
        Analysis in = TestAnalyzer.analyze("Aid workers stayed in Chilean villages for a week.", DAY);
        Analysis shelled = TestAnalyzer.analyze("Soldiers shelled Chilean villages for a week.", DAY);

        assertThat(in.places()).extracting(Place::country, p -> p.span().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CHL", "Chilean villages"));
        assertThat(in.actors()).extracting(Actor::code).doesNotContain("CHLCVL");
        assertThat(shelled.places()).isEmpty();
        assertThat(shelled.actors()).extracting(Actor::code).contains("CHLCVL");
    }

    @Test
    void aSeatOfPowerIsAnInstitutionOfItsCountry() {
        Analysis a = TestAnalyzer.analyze("The Kremlin said the meeting was useful. The Pentagon disagreed.", DAY);

        assertThat(a.actors()).extracting(Actor::code).contains("RUSGOV", "USAMIL");
    }

    @Test
    void twoPeopleWithOneSurnameStayTwoActors() {
        Analysis a = TestAnalyzer.analyze("Erik Berg and Anna Berg met in Bergen. Anna Berg said the deal was close.", DAY);

        assertThat(a.actors()).extracting(Actor::name).contains("Erik Berg", "Anna Berg");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Anna Berg and Erik Berg met in Bergen. Berg said the deal was close. Mr. Berg left.   | Anna Berg | Erik Berg
            Erik Berg and Anna Berg met in Bergen. Berg said the deal was close. Mrs. Berg left.  | Erik Berg | Anna Berg
            """)
    void aSurnameTwoPeopleShareIsThePersonItsTitleAllowsElseTheOneNamedFirst(String text, String bare, String titled) {
        Analysis a = TestAnalyzer.analyze(text, DAY);

        assertThat(a.mentions()).filteredOn(m -> m.span().text().equals("Berg")).extracting(m -> m.actor())
                .containsExactly(TestAnalyzer.actorNamed(a, bare).orElseThrow().id());
        assertThat(a.mentions()).filteredOn(m -> m.span().text().endsWith(". Berg")).extracting(m -> m.actor())
                .containsExactly(TestAnalyzer.actorNamed(a, titled).orElseThrow().id());
    }

    @Test
    void demonymAndRoleMakeAGroup() {
        Analysis a = TestAnalyzer.analyze("South Korean officials said the ship had left.", DAY);

        assertThat(TestAnalyzer.actorNamed(a, "South Korean officials")).get()
                .extracting(Actor::kind, Actor::code).containsExactly(ActorKind.GROUP, "KORGOV");
    }

    @Test
    void countriesByNameAndDemonymAndStateMediaByName() {
        Analysis a = TestAnalyzer.analyze("North Korea denied it. The Americans kept accusing Pyongyang, "
                + "the Korean Central News Agency reported.", DAY);

        assertThat(a.actors()).extracting(Actor::id).contains("state:PRK", "state:USA", "org:kcna");
        assertThat(TestAnalyzer.actorNamed(a, "KCNA").map(Actor::code)).contains("PRKMED");
    }

    @Test
    void anInternationalBodyKeepsItsOwnCode() {
        Analysis a = TestAnalyzer.analyze("The United Nations said the talks should resume.", DAY);

        assertThat(a.actors()).extracting(Actor::id, Actor::code)
                .contains(org.assertj.core.groups.Tuple.tuple("org:un", "IGOUNO"));
    }

    @Test
    void aPronounTaggedAsAPersonIsNoActor() {
        Analysis a = TestAnalyzer.analyze("She released photographs. He said nothing.", DAY);

        assertThat(a.actors()).extracting(Actor::name).doesNotContain("She", "He");
    }
}
