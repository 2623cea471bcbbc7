package org.claimgraph.eval;

import org.claimgraph.model.Actor;
import org.claimgraph.model.Sector;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The actor matching rules: country or organisation code, a mention at the gold words, sector. */
class ActorEvaluationTest {

    private final Fixture f = new Fixture("Norwegian officials met the UN envoy and Amnesty in Oslo on Monday.");

    private final Actor norway = Fixture.actor("state:NOR", "NOR", Sector.GOV, "NORGOV");
    private final Actor un = Fixture.actor("org:un", null, Sector.IGO, "IGOUNO");
    private final Actor amnesty = Fixture.actor("org:amnesty", null, Sector.NGO, "NGO");

    private ActorReport score(PloverRecord gold, org.claimgraph.model.Analysis analysis) {
        ActorEvaluation evaluation = new ActorEvaluation();
        evaluation.add(gold, analysis);
        return evaluation.report();
    }

    @Test
    void theRightCountryMentionedAtTheGoldWordsIsFound() {
        ActorReport report = score(f.record(new GoldActor("Norwegian officials", "NOR", "GOV")),
                f.actors(List.of(norway), f.mention(norway, "Norwegian officials")));

        assertThat(report.records()).isEqualTo(1);
        assertThat(report.country()).isEqualTo(new Share(1, 1));
        assertThat(report.countryAndSector()).isEqualTo(new Share(1, 1));
        assertThat(report.frequentMisses()).isEmpty();
    }

    @Test
    void theRightCountryMentionedElsewhereIsAMissShowingWhatWasThere() {
        ActorEvaluation evaluation = new ActorEvaluation();
        evaluation.add(f.record(new GoldActor("Norwegian officials", "NOR", null)),
                f.actors(List.of(norway, un), f.mention(norway, "Oslo"), f.mention(un, "officials")));

        assertThat(evaluation.report().country()).isEqualTo(new Share(0, 1));
        assertThat(evaluation.report().frequentMisses()).containsExactly(
                new Tally("Norwegian officials (NOR) → org:un (IGOUNO)", 1));
        assertThat(evaluation.misses()).singleElement().satisfies(m -> {
            assertThat(m.record()).isEqualTo("doc-1");
            assertThat(m.kind()).isEqualTo(ActorMiss.Kind.COUNTRY);
            assertThat(m.text()).isEqualTo(f.text);
        });
    }

    @Test
    void aPlaceOfTheGoldCountryAtTheWordsCountsForTheCountryOnly() {
        // CAMEO codes where an event happens as its actor; claimgraph keeps "in Oslo" a place
        ActorReport found = score(f.record(new GoldActor("Oslo", "NOR", "CVL")), f.places(f.place("NOR", "Oslo")));
        ActorReport otherCountry = score(f.record(new GoldActor("Oslo", "SWE", null)), f.places(f.place("NOR", "Oslo")));
        ActorReport elsewhere = score(f.record(new GoldActor("Oslo", "NOR", null)),
                f.places(f.place("NOR", "Norwegian")));

        assertThat(found.country()).isEqualTo(new Share(1, 1));
        assertThat(found.countryAtPlaces()).isEqualTo(1);
        assertThat(found.countryAndSector()).isEqualTo(new Share(0, 1));
        assertThat(otherCountry.country()).isEqualTo(new Share(0, 1));
        assertThat(otherCountry.countryAtPlaces()).isZero();
        assertThat(elsewhere.country()).isEqualTo(new Share(0, 1));
    }

    @Test
    void anActorAtTheWordsIsNotCountedAsAPlace() {
        ActorReport report = score(f.record(new GoldActor("Norwegian officials", "NOR", null)),
                new org.claimgraph.model.Analysis(f.document, List.of(norway),
                        List.of(f.mention(norway, "Norwegian officials")),
                        List.of(f.place("NOR", "Norwegian")), List.of(), List.of(), List.of(), List.of()));

        assertThat(report.country()).isEqualTo(new Share(1, 1));
        assertThat(report.countryAtPlaces()).isZero();
    }

    @Test
    void wordsNotInTheTextAcceptAnyActorWithTheCode() {
        ActorReport found = score(f.record(new GoldActor("Norway's officials", "NOR", null)),
                f.actors(List.of(norway), f.mention(norway, "Oslo")));
        ActorEvaluation missed = new ActorEvaluation();
        missed.add(f.record(new GoldActor("Swedish officials", "SWE", null)),
                f.actors(List.of(norway), f.mention(norway, "Oslo")));

        assertThat(found.country()).isEqualTo(new Share(1, 1));
        assertThat(missed.report().frequentMisses()).containsExactly(
                new Tally("Swedish officials (SWE) → " + ActorEvaluation.NOT_IN_TEXT, 1));
    }

    @Test
    void organisationCodesMatchACodeStartingWithThemOrTheSector() {
        Actor uncodedIgo = Fixture.actor("org:x", null, Sector.IGO, null);

        assertThat(ActorEvaluation.hasCode(un, "IGO")).isTrue();          // by code
        assertThat(ActorEvaluation.hasCode(uncodedIgo, "IGO")).isTrue();  // by sector
        assertThat(ActorEvaluation.hasCode(amnesty, "NGO")).isTrue();
        assertThat(ActorEvaluation.hasCode(amnesty, "IGO")).isFalse();
        assertThat(ActorEvaluation.hasCode(un, "IGOUNO")).isTrue();
        assertThat(ActorEvaluation.hasCode(un, "NOR")).isFalse();
    }

    @Test
    void anIntergovernmentalOrgansRoleIsItsSector() {
        Actor council = Fixture.actor("org:un-security-council", null, Sector.GOV, "IGOUNOGOV");
        ActorReport report = score(f.record(new GoldActor("UN envoy", "IGO", "GOV"), new GoldActor("UN", "IGO", "MIL")),
                f.actors(List.of(council), f.mention(council, "UN envoy")));

        assertThat(report.country()).isEqualTo(new Share(2, 2));
        assertThat(report.countryAndSector()).as("the organisation's code, and the role as sector")
                .isEqualTo(new Share(1, 2));
    }

    @Test
    void countryCodesMatchTheCountryOnlyAndCameoCodesReadAsIso() {
        Actor japan = Fixture.actor("state:JPN", "JPN", null, "JPN");
        Actor noCountry = Fixture.actor("org:nor-something", null, null, "NORGOV");

        assertThat(ActorEvaluation.hasCode(norway, "NOR")).isTrue();
        assertThat(ActorEvaluation.hasCode(noCountry, "NOR")).isFalse();
        assertThat(ActorEvaluation.hasCode(japan, "JAP")).isTrue();
        assertThat(ActorEvaluation.hasCode(japan, "JPN")).isTrue();
    }

    @Test
    void sectorIsScoredOnlyForGoldActorsWithOne() {
        ActorEvaluation evaluation = new ActorEvaluation();
        evaluation.add(f.record(new GoldActor("Norwegian officials", "NOR", "MIL"), new GoldActor("UN", "IGO", null),
                        new GoldActor("Amnesty", "NGO", "NGO")),
                f.actors(List.of(norway, un, amnesty), f.mention(norway, "Norwegian officials"),
                        f.mention(un, "UN envoy"), f.mention(amnesty, "Amnesty")));
        ActorReport report = evaluation.report();

        assertThat(report.country()).isEqualTo(new Share(3, 3));
        assertThat(report.countryAndSector()).isEqualTo(new Share(1, 2));
        assertThat(report.frequentMisses()).containsExactly(
                new Tally("Norwegian officials (NOR, sector MIL) → state:NOR (NORGOV)", 1));
        assertThat(evaluation.misses()).extracting(ActorMiss::kind).containsExactly(ActorMiss.Kind.SECTOR);
    }

    @Test
    void goldWordsAreComparedWithTheirSpacesCollapsed() {
        ActorReport report = score(f.record(new GoldActor(" Norwegian  officials", "NOR", null)),
                f.actors(List.of(norway), f.mention(norway, "Oslo")));

        // in the text once its spaces are tidied, so an actor elsewhere does not count
        assertThat(report.country()).isEqualTo(new Share(0, 1));
    }

    @Test
    void compoundGoldSectorsCountInThePrimaryFigureOnly() {
        Actor civilians = Fixture.actor("cvl:NOR", "NOR", Sector.CVL, "NORCVL");
        ActorReport report = score(f.record(new GoldActor("Norwegian officials", "NOR", "CVLalb")),
                f.actors(List.of(civilians), f.mention(civilians, "Norwegian officials")));

        assertThat(report.countryAndSector()).isEqualTo(new Share(0, 1));
        assertThat(report.countryAndPrimarySector()).isEqualTo(new Share(1, 1));
    }

    @Test
    void thePrimaryBlockIsTheFirstThreeLettersOnly() {
        Actor civilians = Fixture.actor("cvl:NOR", "NOR", Sector.CVL, "NORCVL");

        assertThat(ActorEvaluation.hasPrimarySector(civilians, "CVLkur")).isTrue();
        assertThat(ActorEvaluation.hasPrimarySector(civilians, "REBCVL")).isFalse(); // a rebel, not a civilian
        assertThat(ActorEvaluation.hasSector(civilians, "CVL")).isTrue();
        assertThat(ActorEvaluation.hasSector(civilians, "CVLkur")).isFalse();
    }

    @Test
    void goldSectorNamesReadAsOurs() {
        Actor doctors = Fixture.actor("hlh:NOR", "NOR", Sector.HLH, "NORHLH");
        Actor newspaper = Fixture.actor("org:paper", "NOR", Sector.MED, "NORMED");
        Actor civilians = Fixture.actor("cvl:NOR", "NOR", Sector.CVL, "NORCVL");

        assertThat(ActorEvaluation.hasSector(doctors, "MED")).isTrue();      // PLOVER's MED is medical
        assertThat(ActorEvaluation.hasSector(newspaper, "MED")).isFalse();   // ours is news media
        assertThat(ActorEvaluation.hasSector(newspaper, "JRN")).isTrue();
        assertThat(ActorEvaluation.hasPrimarySector(newspaper, "JRNCHR")).isTrue();
        assertThat(ActorEvaluation.hasSector(civilians, "CIV")).isTrue();
    }

    @Test
    void theOpenSectorPlaceholderCountsAsNoSector() {
        ActorReport report = score(f.record(new GoldActor("Norwegian officials", "NOR", "***")),
                f.actors(List.of(norway), f.mention(norway, "Norwegian officials")));

        assertThat(report.country()).isEqualTo(new Share(1, 1));
        assertThat(report.countryAndSector()).isEqualTo(new Share(0, 0));
        assertThat(report.frequentMisses()).isEmpty();
    }

    @Test
    void nothingAtTheWordsSaysSo() {
        ActorEvaluation evaluation = new ActorEvaluation();
        evaluation.add(f.record(new GoldActor("Oslo", "NOR", null)), f.actors(List.of()));

        assertThat(evaluation.report().frequentMisses()).containsExactly(new Tally("Oslo (NOR) → nothing", 1));
    }
}
