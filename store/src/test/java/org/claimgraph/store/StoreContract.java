package org.claimgraph.store;

import org.claimgraph.model.Analysis;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Frame;
import org.claimgraph.store.Queries.ClaimFilter;
import org.claimgraph.store.Queries.ClaimLedger;
import org.claimgraph.store.Queries.ClaimSummary;
import org.claimgraph.store.Queries.EventFilter;
import org.claimgraph.store.Queries.EventSummary;
import org.claimgraph.store.Queries.StanceEntry;
import org.junit.jupiter.api.Test;

import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store backend must do, run against DuckDB and against a real PostgreSQL server:
 * idempotent writes, the cross-article merge of claims, events and actors, and the queries.
 */
abstract class StoreContract {

    /** A location for a new, empty store. */
    abstract String newLocation() throws Exception;

    private static final ClaimFilter ALL_CLAIMS = new ClaimFilter(null, null, null, null, 50);
    private static final EventFilter ALL_EVENTS = new EventFilter(null, null, null, null, 50);

    private Store storeWithBoth() throws Exception {
        Store store = Store.open(newLocation());
        assertThat(store.write(List.of(new Ingested("first.txt", Analyses.first()),
                new Ingested("second.txt", Analyses.second())))).isEqualTo(2);
        return store;
    }

    @Test
    void writingTheSameDocumentsAgainChangesNothing() throws Exception {
        try (Store store = storeWithBoth()) {
            Queries.Stats before = new Queries(store).stats();
            assertThat(store.write(List.of(new Ingested("again.txt", Analyses.first()),
                    new Ingested("again.txt", Analyses.first())))).isZero();
            assertThat(new Queries(store).stats()).isEqualTo(before);
            assertThat(before.documents()).isEqualTo(2);
            assertThat(store.documentIds()).containsExactlyInAnyOrder(
                    Analyses.first().document().id(), Analyses.second().document().id());
        }
    }

    @Test
    void repeatsWithinOneBatchAreWrittenOnce() throws Exception {
        try (Store store = Store.open(newLocation())) {
            Analysis a = Analyses.empty("A short note with no claims in it.");
            assertThat(store.write(List.of(new Ingested("a.txt", a), new Ingested("b.txt", a)))).isEqualTo(1);
            assertThat(new Queries(store).stats().documents()).isEqualTo(1);
        }
    }

    @Test
    void statsCountMergedRecords() throws Exception {
        try (Store store = storeWithBoth()) {
            store.logFailure("broken.html", null, "looks like a binary file, not text");
            Queries.Stats stats = new Queries(store).stats();
            assertThat(stats.documents()).isEqualTo(2);
            assertThat(stats.actors()).isEqualTo(3); // Northland and Southland are in both articles
            assertThat(stats.statements()).isEqualTo(1);
            assertThat(stats.events()).isEqualTo(1); // the same shelling, reported twice
            assertThat(stats.claims()).isEqualTo(1); // "sent rockets" and "shipped rockets" are one claim
            assertThat(stats.stances()).isEqualTo(3);
            assertThat(stats.failures()).isEqualTo(1);
        }
    }

    @Test
    void aClaimIsWordedAsItsEarliestPublishedArticleWordsIt() throws Exception {
        String text = "Southland's envoy said Northland first supplied rockets to Southland's rebels in January.";
        Analyses.Builder later = new Analyses.Builder(text, LocalDate.of(2025, 3, 20), "Coastal Post", "Rockets since January");
        later.actors(Analyses.NORTHLAND, Analyses.SOUTHLAND);
        Frame supplied = new Frame(Analyses.NORTHLAND.id(), "070", "AID", Analyses.SOUTHLAND.id(), "2025-01", null,
                later.span("supplied"));
        later.claim(new Claim("c1", "Northland first supplied rockets to Southland's rebels", "070", "AID",
                Analyses.NORTHLAND.id(), Analyses.SOUTHLAND.id(), List.of(), List.of(), List.of(supplied)));
        try (Store store = storeWithBoth()) {
            store.write(List.of(new Ingested("later.txt", later.build())));
            ClaimSummary claim = new Queries(store).claims(new ClaimFilter("northland", null, null, null, 50)).get(0);
            assertThat(claim.documents()).isEqualTo(3);
            assertThat(claim.first()).as("the claimed supply is the earliest day").isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(claim.text()).as("but the first article's wording names the claim")
                    .isEqualTo("Northland sent rockets to Southland");
        }
    }

    @Test
    void oneClaimGathersTheStancesOfEveryArticle() throws Exception {
        try (Store store = storeWithBoth()) {
            List<ClaimSummary> claims = new Queries(store).claims(new ClaimFilter("northland", null, null, null, 50));
            assertThat(claims).hasSize(1);
            ClaimSummary claim = claims.get(0);
            assertThat(claim.text()).isEqualTo("Northland sent rockets to Southland"); // the earliest wording
            assertThat(claim.source().name()).isEqualTo("Northland");
            assertThat(claim.target().code()).isEqualTo("STL");
            assertThat(claim.documents()).isEqualTo(2);
            assertThat(claim.first()).isEqualTo(LocalDate.of(2025, 3, 7));
            assertThat(claim.last()).isEqualTo(LocalDate.of(2025, 3, 15));
            assertThat(claim.stances()).extracting(s -> s.actor().name() + " " + s.kind())
                    .containsExactly("Mira Oran ASSERT", "Northland DENY", "Southland DISMISS");
        }
    }

    @Test
    void claimFiltersByActorAndDays() throws Exception {
        try (Store store = storeWithBoth()) {
            Queries q = new Queries(store);
            assertThat(q.claims(new ClaimFilter(null, "OCNGOV", null, null, 50))).hasSize(1); // a stance taker's code
            assertThat(q.claims(new ClaimFilter(null, "ms. oran", null, null, 50))).hasSize(1); // an alias
            assertThat(q.claims(new ClaimFilter(null, "Westland", null, null, 50))).isEmpty();
            assertThat(q.claims(new ClaimFilter("rockets", null, LocalDate.of(2025, 3, 10), null, 50))).hasSize(1);
            assertThat(q.claims(new ClaimFilter(null, null, LocalDate.of(2025, 3, 16), null, 50))).isEmpty();
            assertThat(q.claims(new ClaimFilter(null, null, null, LocalDate.of(2025, 3, 6), 50))).isEmpty();
            assertThat(q.claims(new ClaimFilter("%", null, null, null, 50))).as("LIKE wildcards are literal").isEmpty();
        }
    }

    @Test
    void theLedgerListsEveryStanceInTimeOrderWithItsSentence() throws Exception {
        try (Store store = storeWithBoth()) {
            Queries q = new Queries(store);
            String id = q.claims(ALL_CLAIMS).get(0).id();
            ClaimLedger ledger = q.claim(id).orElseThrow();
            assertThat(ledger.stances()).extracting(StanceEntry::day, s -> s.actor().id(), StanceEntry::kind)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 7), "person:mira-oran", "ASSERT"),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 8), "state:NTL", "DENY"),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 15), "state:STL", "DISMISS"));
            assertThat(ledger.stances().get(1).sentence()).isEqualTo("Northland denied it.");
            assertThat(ledger.stances().get(2).outlet()).isEqualTo("Coastal Post");
            assertThat(ledger.wordings()).extracting(Queries.Wording::text)
                    .containsExactly("Northland sent rockets to Southland", "Northland had shipped rockets to it");
            assertThat(ledger.evidence()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo("IMAGES");
                assertThat(e.by().name()).isEqualTo("Mira Oran");
                assertThat(e.text()).isEqualTo("photographs of the crates");
            });
            assertThat(q.claim("c0000000000")).isEmpty();
        }
    }

    @Test
    void anEventReportedTwiceIsOneEventWithTwoReports() throws Exception {
        try (Store store = storeWithBoth()) {
            Queries q = new Queries(store);
            List<EventSummary> events = q.events(ALL_EVENTS);
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.reports()).isEqualTo(2);
                assertThat(e.day()).isEqualTo(LocalDate.of(2025, 3, 6));
                assertThat(e.source().name()).isEqualTo("Southland");
                assertThat(e.cameo()).isEqualTo("195");
                assertThat(e.sentence()).isEqualTo("Southland troops shelled a Northland border post on Thursday.");
            });
            assertThat(q.events(new EventFilter("Northland", "19", null, null, 50))).hasSize(1);
            assertThat(q.events(new EventFilter(null, "07", null, null, 50))).as("claims are not events").isEmpty();
            assertThat(q.events(new EventFilter(null, null, LocalDate.of(2025, 3, 7), null, 50))).isEmpty();
        }
    }

    @Test
    void actorsAreMergedByStableId() throws Exception {
        try (Store store = storeWithBoth()) {
            Queries q = new Queries(store);
            assertThat(q.actors(null, 50)).extracting(Queries.ActorSummary::id, Queries.ActorSummary::documents)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("state:NTL", 2L),
                            org.assertj.core.groups.Tuple.tuple("state:STL", 2L),
                            org.assertj.core.groups.Tuple.tuple("person:mira-oran", 1L));
            assertThat(q.actors("ocn", 50)).extracting(Queries.ActorSummary::name).containsExactly("Mira Oran");
        }
    }

    @Test
    void statementsBySpeaker() throws Exception {
        try (Store store = storeWithBoth()) {
            Queries q = new Queries(store);
            assertThat(q.statements("Oran", 50)).singleElement().satisfies(s -> {
                assertThat(s.speaker().name()).isEqualTo("Mira Oran");
                assertThat(s.content()).isEqualTo("that Northland sent rockets to Southland");
                assertThat(s.day()).isEqualTo(LocalDate.of(2025, 3, 7));
            });
            assertThat(q.statements("Southland", 50)).isEmpty();
            assertThat(q.statements(null, 50)).hasSize(1);
        }
    }

    @Test
    void reopeningKeepsTheDataAndTheSchemaVersion() throws Exception {
        String location = newLocation();
        try (Store store = Store.open(location)) {
            store.write(List.of(new Ingested("first.txt", Analyses.first())));
        }
        try (Store store = Store.open(location)) {
            assertThat(store.schemaVersion()).isEqualTo(2);
            assertThat(new Queries(store).stats().documents()).isEqualTo(1);
        }
    }

    @Test
    void aStoreOfAnOlderSchemaIsMigratedAndKeepsItsData() throws Exception {
        String location = newLocation();
        try (Store store = Store.open(location); Statement s = store.connection().createStatement()) {
            store.write(List.of(new Ingested("first.txt", Analyses.first())));
            for (String index : List.of("claims_by_key", "stances_by_claim", "evidence_by_claim", "events_by_key",
                    "actors_by_id", "statements_by_speaker")) {
                s.execute("DROP INDEX IF EXISTS " + index); // PostgreSQL has them
            }
            s.execute("DELETE FROM schema_version WHERE version = 2"); // as a version-1 store left it
        }
        try (Store store = Store.open(location)) {
            assertThat(store.schemaVersion()).isEqualTo(2);
            Queries queries = new Queries(store);
            assertThat(queries.stats().documents()).isEqualTo(1);
            String claim = queries.claims(new ClaimFilter(null, null, null, null, 10)).get(0).id();
            assertThat(queries.claim(claim)).get().extracting(l -> l.stances().size()).isEqualTo(2);
        }
    }
}
