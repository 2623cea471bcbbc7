package org.claimgraph.eval;

import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import org.claimgraph.model.Event;
import org.claimgraph.model.Frame;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Event types scored against PLOVER gold records, with the renamed 0.5 types mapped. Mission: event data. */
class EventEvaluationTest {

    private static final String TEXT = "Norland demanded that Sudria withdraw its troops.";
    private static final Document DOC = new Document("d1", null, null, null, null, "en", TEXT);

    private static Analysis withTypes(String... plover) {
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < plover.length; i++) {
            Frame f = new Frame("state:A", "100", plover[i], "state:B", null, null, Span.of(TEXT, 8, 16));
            events.add(new Event("e" + i, f, Modality.ASSERTED, null, -5.0));
        }
        return new Analysis(DOC, List.of(), List.of(), List.of(), List.of(), List.of(), events, List.of());
    }

    @Test
    void aRenamedGoldTypeMatchesItsNewName() {
        EventEvaluation evaluation = new EventEvaluation();
        evaluation.add(new PloverRecord(DOC, List.of(), "DEMAND"), withTypes("REQUEST", "THREATEN"));
        evaluation.add(new PloverRecord(DOC, List.of(), "AGREE"), withTypes("CONSULT"));

        EventReport report = evaluation.report();
        assertThat(report.records()).isEqualTo(2);
        assertThat(report.found()).isEqualTo(new Share(1, 2));
        assertThat(report.emitted()).isEqualTo(new Share(1, 3));
        assertThat(report.perType()).containsExactly(
                new EventReport.TypeRow("AGREE", new Share(0, 1)),
                new EventReport.TypeRow("DEMAND", new Share(1, 1)));
    }

    @Test
    void aRecordWithoutAGoldTypeIsNotScored() {
        EventEvaluation evaluation = new EventEvaluation();
        evaluation.add(new PloverRecord(DOC, List.of(), ""), withTypes("REQUEST"));

        assertThat(evaluation.report().records()).isZero();
        assertThat(evaluation.report().found().fraction()).isZero();
    }

    @Test
    void aMissListsWhatTheAnalysisHadInstead() {
        EventEvaluation evaluation = new EventEvaluation();
        evaluation.add(new PloverRecord(DOC, List.of(), "DEMAND"), withTypes("REQUEST"));
        evaluation.add(new PloverRecord(DOC, List.of(), "AGREE"), withTypes("CONSULT"));
        evaluation.add(new PloverRecord(DOC, List.of(), "THREATEN"), withTypes());

        assertThat(evaluation.misses()).containsExactly(
                new EventMiss("d1", "AGREE", List.of("CONSULT 100 'demanded' (event, ASSERTED)"), TEXT),
                new EventMiss("d1", "THREATEN", List.of(), TEXT));
    }
}
