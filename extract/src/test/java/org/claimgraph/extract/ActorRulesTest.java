package org.claimgraph.extract;

import org.claimgraph.model.Actor;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Sector;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor rules for demonyms, country names before role nouns, titled people without a country,
 * and registry names the tokenizer splits, on sentences we wrote; with their traps. Mission: every
 * mention resolves to one coded actor.
 */
class ActorRulesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 8);

    private static List<String> codesAt(Analysis a, String words) {
        return TestAnalyzer.codesAt(a, words);
    }

    @Test
    void aDemonymBeforeANounForPeopleIsAnActorWithTheSectorOfTheNoun() {
        Analysis a = TestAnalyzer.analyze("Norwegian police detained two Chilean youths near the harbour.", DAY);

        assertThat(codesAt(a, "Norwegian police")).as("police are CAMEO's COP sector").containsExactly("NORCOP");
        assertThat(codesAt(a, "Chilean youths")).containsExactly("CHLCVL");
    }

    @Test
    void aRoleBeforeOfAndACountryIsThatCountrysRole() {
        Analysis a = TestAnalyzer.analyze("The president of Chile met the foreign minister of the United States. "
                + "The capital of Chile was quiet.", DAY);

        assertThat(codesAt(a, "The president of Chile")).containsExactly("CHLGOV");
        assertThat(codesAt(a, "the foreign minister of the United States")).containsExactly("USAGOV");
        assertThat(a.mentions()).as("a capital is no role: only the country is an actor")
                .noneMatch(m -> m.span().text().contains("capital"));
        assertThat(codesAt(a, "Chile")).contains("CHL");
    }

    @Test
    void refugeesAreTheirOwnSectorAsInCameo() {
        Analysis a = TestAnalyzer.analyze("Chilean refugees crossed into Norway on Sunday.", DAY);

        assertThat(codesAt(a, "Chilean refugees")).containsExactly("CHLREF");
    }

    @Test
    void aDemonymBeforeAThingIsNoActor() {
        Analysis a = TestAnalyzer.analyze("Russian weapons reached the front on Monday.", DAY);

        assertThat(a.actors()).extracting(Actor::country).doesNotContain("RUS");
    }

    @Test
    void aDemonymBeforeAnActOfStateIsTheState() {
        Analysis a = TestAnalyzer.analyze("Norway rejected a Chilean proposal to share the catch.", DAY);

        assertThat(a.mentions()).anySatisfy(m -> {
            assertThat(m.span().text()).isEqualTo("Chilean");
            assertThat(m.actor()).isEqualTo("state:CHL");
        });
    }

    @Test
    void craftThatActStandForTheirService() {
        Analysis a = TestAnalyzer.analyze("Norwegian warships shelled the coast on Monday.", DAY);

        assertThat(codesAt(a, "Norwegian warships")).containsExactly("NORMIL");
    }

    @Test
    void twoDemonymsBeforeOneRoleAreAGroupAndOneActorPerCountry() {
        Analysis a = TestAnalyzer.analyze("Senior Norwegian and Chilean officials agreed on Wednesday to meet again.", DAY);

        assertThat(TestAnalyzer.actorNamed(a, "Norwegian and Chilean officials")).get()
                .extracting(Actor::kind).isEqualTo(ActorKind.GROUP);
        assertThat(codesAt(a, "Norwegian")).containsExactly("NORGOV");
        assertThat(codesAt(a, "Chilean")).containsExactly("CHLGOV");
        assertThat(TestAnalyzer.actorNamed(a, "Chilean officials")).get().extracting(Actor::id).isEqualTo("gov:CHL");
    }

    @Test
    void aGroupRoleThatOwnsAThingStillActsAndTheLastRoleOfACompoundGivesTheSector() {
        Analysis bulldozers = TestAnalyzer.analyze("Norwegian army bulldozers flattened the camp.", DAY);
        Analysis forces = TestAnalyzer.analyze("Chilean government forces seized the farms.", DAY);

        assertThat(codesAt(bulldozers, "Norwegian army")).containsExactly("NORMIL");
        assertThat(codesAt(forces, "Chilean government forces")).containsExactly("CHLMIL");
    }

    @Test
    void aRoleUsedAsAModifierBeforeAnAndIsNoActor() {
        Analysis a = TestAnalyzer.analyze("Chile's military and nuclear program worries its neighbours.", DAY);

        assertThat(a.actors()).extracting(Actor::code).doesNotContain("CHLMIL");
        assertThat(a.actors()).extracting(Actor::id).contains("state:CHL");
    }

    @Test
    void aCountryNameBeforeARoleNounGivesTheRoleItsCountry() {
        Analysis a = TestAnalyzer.analyze("U.S. officials said the talks had failed. The Norway government disagreed.", DAY);

        assertThat(codesAt(a, "U.S. officials")).containsExactly("USAGOV");
        assertThat(codesAt(a, "Norway government")).containsExactly("NORGOV");
    }

    @Test
    void aPeopleAfterADemonymIsAGroupOfThatCountry() {
        Analysis a = TestAnalyzer.analyze("Thousands of Bosnian Serbs marched on Sunday.", DAY);

        assertThat(codesAt(a, "Bosnian Serbs")).containsExactly("BIHCVL");
    }

    @Test
    void aTitledPersonWithoutACountryTakesTheOnlyCountryTheTextNames() {
        Analysis home = TestAnalyzer.analyze("President Elena Vidal imposed a curfew in Santiago after riots across Chile.", DAY);
        Analysis abroad = TestAnalyzer.analyze("President Elena Vidal threatened further action against Norway.", DAY);
        Analysis two = TestAnalyzer.analyze("President Elena Vidal said Norway and Iceland must talk.", DAY);

        assertThat(TestAnalyzer.actorNamed(home, "Elena Vidal")).get().extracting(Actor::code).isEqualTo("CHLGOV");
        assertThat(TestAnalyzer.actorNamed(abroad, "Elena Vidal")).get().extracting(Actor::country).isNull();
        assertThat(TestAnalyzer.actorNamed(two, "Elena Vidal")).get().extracting(Actor::country).isNull();
    }

    @Test
    void aCountryNamedByItsDiplomatsIsNotTheCountryOfATitledPerson() {
        Analysis diplomats = TestAnalyzer.analyze("Chilean diplomats held their first meeting with President Elena Vidal.", DAY);
        Analysis ambassador = TestAnalyzer.analyze("The ambassador of Chile hosted President Elena Vidal at a lunch.", DAY);
        Analysis farmers = TestAnalyzer.analyze("Chilean farmers held their first meeting with President Elena Vidal.", DAY);

        assertThat(TestAnalyzer.actorNamed(diplomats, "Elena Vidal")).get().extracting(Actor::country).isNull();
        assertThat(TestAnalyzer.actorNamed(ambassador, "Elena Vidal")).get().extracting(Actor::country).isNull();
        // trap: a country's farmers meet their own president
        assertThat(TestAnalyzer.actorNamed(farmers, "Elena Vidal")).get().extracting(Actor::code).isEqualTo("CHLGOV");
    }

    @Test
    void theTitleOfAnInternationalOrganisationGivesItsRoleThereAndAHyphenatedTitleIsOneTitle() {
        Analysis a = TestAnalyzer.analyze("U.N. Secretary-General Ingrid Halvorsen visited Chile.", DAY);
        Analysis national = TestAnalyzer.analyze("Norway's U.N. ambassador Jan Berg visited Chile.", DAY);

        assertThat(TestAnalyzer.actorNamed(a, "Ingrid Halvorsen")).get()
                .extracting(Actor::country, Actor::sector, Actor::code).containsExactly(null, Sector.GOV, "IGOUNOGOV");
        // trap: a state's envoy to the organisation holds an office of the state
        assertThat(TestAnalyzer.actorNamed(national, "Jan Berg")).get().extracting(Actor::code).isEqualTo("NORGOV");
    }

    @Test
    void intelligenceServicesAreSpyAndASecurityChiefIsPolice() {
        Analysis a = TestAnalyzer.analyze("Chilean intelligence officials briefed Chilean officials on Monday. "
                + "Santiago's security chief warned that Santiago would not tolerate rallies.", DAY);

        assertThat(codesAt(a, "Chilean intelligence officials")).containsExactly("CHLSPY");
        assertThat(codesAt(a, "Chilean officials")).containsExactly("CHLGOV");
        assertThat(codesAt(a, "Santiago's security chief")).as("a capital's possessive gives a role its country")
                .containsExactly("CHLCOP");
        assertThat(codesAt(a, "Santiago")).as("trap: the capital that speaks").containsExactly("CHLGOV");
    }

    @Test
    void aRoleTheTaggerReadsAsAnAdjectiveIsARoleWhenNothingFollowsForItToModify() {
        Analysis a = TestAnalyzer.analyze("A U.S. national was detained in Peru. The U.S. national security adviser "
                + "called Lima.", DAY);

        assertThat(codesAt(a, "U.S. national")).containsExactly("USACVL");
        assertThat(a.actors()).as("trap: 'national security'").extracting(Actor::code).containsOnlyOnce("USACVL");
    }

    @Test
    void aCapitalThatForceFallsOnIsItsPeople() {
        Analysis a = TestAnalyzer.analyze("Farmers vowed to blockade Santiago on Monday. The army imposed a curfew in "
                + "Oslo. Santiago protested the move, and talks in Lima resumed.", DAY);

        assertThat(codesAt(a, "Santiago")).as("the blockaded city, then the government that protests")
                .containsExactly("CHLCVL", "CHLGOV");
        assertThat(codesAt(a, "Oslo")).containsExactly("NORCVL");
        Analysis city = TestAnalyzer.analyze("Police imposed a curfew in Cape Town. Cape Town voted on Monday.", DAY);
        assertThat(codesAt(city, "Cape Town")).as("a city that seats the legislature, then that legislature")
                .containsExactly("ZAFCVL", "ZAFLEG");
        Analysis battles = TestAnalyzer.analyze("Street battles raged in central Lima on Monday. Talks went on in "
                + "Quito.", DAY);
        assertThat(codesAt(battles, "Lima")).as("fighting that a verb of its own places").containsExactly("PERCVL");
        assertThat(codesAt(battles, "Quito")).as("trap: talks are no force").isEmpty();
        assertThat(codesAt(a, "Lima")).as("trap: a capital as a place is no actor").isEmpty();
    }

    @Test
    void aVillageInACountryIsItsPeople() {
        Analysis retaken = TestAnalyzer.analyze("Soldiers retook a strategic village in northern Chile on Monday.", DAY);
        Analysis home = TestAnalyzer.analyze("The minister was born in a village in Chile.", DAY);

        assertThat(codesAt(retaken, "village in northern Chile")).containsExactly("CHLCVL");
        assertThat(home.actors()).as("trap: a village after a place preposition is a place")
                .extracting(Actor::code).doesNotContain("CHLCVL");
    }

    @Test
    void peacekeepersOfNoCountryOrOrganisationAreAnIntergovernmentalForce() {
        Analysis a = TestAnalyzer.analyze("Rebels opposed a regional peacekeeping force. Chilean peacekeepers and "
                + "Chilean troops left on Monday.", DAY);

        assertThat(codesAt(a, "peacekeeping force")).containsExactly("IGOMIL");
        assertThat(codesAt(a, "Chilean peacekeepers")).as("trap: a state's own peacekeepers").containsExactly("CHLMIL");
    }

    @Test
    void aParticipleAfterACountrysPossessiveStaysInTheTitle() {
        Analysis a = TestAnalyzer.analyze("Peruvian President Ana Soto refused to meet Chile's visiting King Tomas Lind "
                + "in Lima. Peru, accusing President Jan Berg of lying, left the talks.", DAY);

        assertThat(TestAnalyzer.actorNamed(a, "Tomas Lind")).get().extracting(Actor::code).isEqualTo("CHLGOV");
        assertThat(TestAnalyzer.actorNamed(a, "Jan Berg")).get().as("trap: a participle after a country is its verb")
                .extracting(Actor::country).isNotEqualTo("PER");
    }

    @Test
    void theWordBeforeAMovementWithoutAFixedSectorTellsItsRole() {
        Analysis opposition = TestAnalyzer.analyze("Members of the opposition Fatah marched on Monday.", DAY);
        Analysis defeated = TestAnalyzer.analyze("Activists from the defeated Fatah party marched on Monday.", DAY);
        Analysis rebel = TestAnalyzer.analyze("Rebel UNITA fighters shelled a town on Monday.", DAY);
        Analysis plain = TestAnalyzer.analyze("UNITA said the defeated Fatah leaders were welcome.", DAY);

        assertThat(TestAnalyzer.actorNamed(opposition, "Fatah")).get().extracting(Actor::code).isEqualTo("PSEOPP");
        assertThat(TestAnalyzer.actorNamed(defeated, "Fatah")).get().extracting(Actor::code).isEqualTo("PSEOPP");
        assertThat(TestAnalyzer.actorNamed(rebel, "UNITA")).get().extracting(Actor::code).isEqualTo("AGOREB");
        // traps: no word, and "defeated" without "party" (defeated in what?), leave the sector open
        assertThat(plain.actors()).extracting(Actor::code).contains("AGO", "PSE").doesNotContain("PSEOPP");
    }

    @Test
    void aTitleInAppositionAfterANameIsReadAsOneBeforeIt() {
        Analysis a = TestAnalyzer.analyze("Peru rejected calls by Ingrid Halvorsen, U.N. secretary-general, to act. "
                + "Tomas Lind, Chile's foreign minister, arrived in Lima. Jan Berg, a friend of the president, said "
                + "nothing.", DAY);

        assertThat(TestAnalyzer.actorNamed(a, "Ingrid Halvorsen")).get().extracting(Actor::code).isEqualTo("IGOUNOGOV");
        assertThat(TestAnalyzer.actorNamed(a, "Tomas Lind")).get().extracting(Actor::code).isEqualTo("CHLGOV");
        assertThat(TestAnalyzer.actorNamed(a, "Jan Berg")).get().as("trap: no title, only a role inside a phrase")
                .extracting(Actor::sector).isNull();
    }

    @Test
    void aFormerHolderOfAStateOfficeIsAnElite() {
        Analysis titled = TestAnalyzer.analyze("Former Chilean prime minister Tomas Lind met President Elena Vidal.", DAY);
        Analysis ousted = TestAnalyzer.analyze("Ousted President Tomas Lind of Chile demanded new elections.", DAY);
        Analysis described = TestAnalyzer.analyze("Chile's former defence minister criticised Chile's defence minister.", DAY);

        assertThat(TestAnalyzer.actorNamed(titled, "Tomas Lind")).get().extracting(Actor::code).isEqualTo("CHLELI");
        assertThat(TestAnalyzer.actorNamed(titled, "Elena Vidal")).get().extracting(Actor::code)
                .as("trap: the president in office governs").isEqualTo("CHLGOV");
        assertThat(TestAnalyzer.actorNamed(ousted, "Tomas Lind")).get().extracting(Actor::code).isEqualTo("CHLELI");
        Analysis later = TestAnalyzer.analyze("President Elena Vidal spoke. Jan Berg, a former Vidal aide, agreed.", DAY);
        assertThat(TestAnalyzer.actorNamed(later, "Elena Vidal")).get().extracting(Actor::sector)
                .as("trap: 'former' before a later mention without an office").isEqualTo(Sector.GOV);
        assertThat(codesAt(described, "Chile's former defence minister")).containsExactly("CHLELI");
        assertThat(codesAt(described, "Chile's defence minister")).as("trap: the minister in office")
                .containsExactly("CHLGOV");
    }

    @Test
    void theRoleOfAnIntergovernmentalOrganisationsPeopleIsTheirSector() {
        Analysis a = TestAnalyzer.analyze("NATO troops and U.N. peacekeepers patrolled the border. "
                + "The Security Council met on Friday, and the United Nations said Red Cross officials were safe.", DAY);

        assertThat(codesAt(a, "NATO troops")).containsExactly("IGONATMIL");
        assertThat(codesAt(a, "U.N. peacekeepers")).containsExactly("IGOUNOMIL");
        assertThat(codesAt(a, "Security Council")).containsExactly("IGOUNOGOV");
        assertThat(TestAnalyzer.actorNamed(a, "United Nations")).get()
                .extracting(Actor::sector, Actor::code).containsExactly(Sector.IGO, "IGOUNO");
        // trap: the people of an organisation that is not intergovernmental are that organisation
        assertThat(codesAt(a, "Red Cross officials")).containsExactly("NGO");
    }

    @Test
    void registryNamesMatchAsWrittenWhenTheTokenizerSplitsThem() {
        Analysis a = TestAnalyzer.analyze("The Asia-Pacific Economic Cooperation forum met in Lima. "
                + "The Democratic People's Republic of Korea stayed away.", DAY);

        assertThat(a.actors()).extracting(Actor::id).contains("org:apec", "state:PRK").doesNotContain("state:KOR");
    }

    @Test
    void aRegistryNameLongerThanEightWordsIsFound() {
        Analysis a = TestAnalyzer.analyze("The Movement for the Actualization of the Sovereign State of Biafra "
                + "called a strike on Monday.", DAY);

        assertThat(codesAt(a, "Movement for the Actualization of the Sovereign State of Biafra")).containsExactly("NGA");
    }

    @Test
    void armedGroupsHaveTheirCountryAndTheRebelSector() {
        Analysis a = TestAnalyzer.analyze("Hamas said the truce would hold, and Hezbollah agreed.", DAY);

        assertThat(a.actors()).extracting(Actor::id, Actor::code).contains(
                org.assertj.core.groups.Tuple.tuple("org:hamas", "PSEREB"),
                org.assertj.core.groups.Tuple.tuple("org:hezbollah", "LBNREB"));
    }

    @Test
    void aMovementWhoseRoleChangedHasItsCountryAndNoSector() {
        Analysis a = TestAnalyzer.analyze("The Taliban rejected the offer, and UNITA agreed to the talks.", DAY);

        assertThat(a.actors()).extracting(Actor::id, Actor::country, Actor::sector, Actor::code).contains(
                org.assertj.core.groups.Tuple.tuple("org:taliban", "AFG", null, "AFG"),
                org.assertj.core.groups.Tuple.tuple("org:unita", "AGO", null, "AGO"));
        // trap: the movement is not its country's state
        assertThat(a.actors()).extracting(Actor::id).doesNotContain("state:AFG", "state:AGO");
    }

    @Test
    void itWithNoOrganisationBeforeItResolvesToNoOne() {
        Analysis a = TestAnalyzer.analyze("Ingrid Halvorsen arrived in Oslo on Monday. It said the talks would go on.", DAY);

        assertThat(a.mentions()).noneMatch(m -> m.span().text().equals("It"));
    }
}
