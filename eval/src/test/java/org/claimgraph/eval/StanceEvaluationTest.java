package org.claimgraph.eval;

import org.claimgraph.eval.HeadlineStanceClassifier.Decision;
import org.claimgraph.eval.HeadlineStanceClassifier.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The stance figures on a ten-headline confusion matrix worked out by hand. */
class StanceEvaluationTest {

    private static final HeadlineStance FOR = HeadlineStance.FOR;
    private static final HeadlineStance AGAINST = HeadlineStance.AGAINST;
    private static final HeadlineStance OBSERVING = HeadlineStance.OBSERVING;

    /**
     * <pre>
     *              predicted
     *  gold        for  against  observing
     *  for           3        0          1     4 gold
     *  against       1        2          0     3 gold
     *  observing     0        2          1     3 gold
     *  predicted     4        4          2
     * </pre>
     */
    private static StanceReport tenHeadlines() {
        StanceEvaluation e = new StanceEvaluation();
        for (int i = 0; i < 3; i++) {
            e.add(FOR, FOR);
        }
        e.add(FOR, OBSERVING);
        e.add(AGAINST, FOR);
        e.add(AGAINST, AGAINST);
        e.add(AGAINST, AGAINST);
        e.add(OBSERVING, AGAINST);
        e.add(OBSERVING, AGAINST);
        e.add(OBSERVING, OBSERVING);
        return e.report();
    }

    @Test
    void accuracyAndTheMajorityBaseline() {
        StanceReport r = tenHeadlines();

        assertThat(r.headlines()).isEqualTo(10);
        assertThat(r.accuracy()).isEqualTo(new Share(6, 10));
        assertThat(r.baseline()).isEqualTo(new StanceReport.Baseline("for", new Share(4, 10)));
    }

    @Test
    void perClassScoresAndMacroF1() {
        StanceReport r = tenHeadlines();

        assertThat(r.perClass()).containsExactly(
                new StanceReport.ClassRow("for", new Score(4, 4, 3)),
                new StanceReport.ClassRow("against", new Score(3, 4, 2)),
                new StanceReport.ClassRow("observing", new Score(3, 2, 1)));
        // for: P 3/4, R 3/4, F1 .75; against: P 2/4, R 2/3, F1 4/7; observing: P 1/2, R 1/3, F1 .4
        assertThat(r.perClass().get(1).score().f1()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(r.perClass().get(2).score().f1()).isCloseTo(0.4, within(1e-12));
        assertThat(r.macroF1()).isCloseTo((0.75 + 4.0 / 7 + 0.4) / 3, within(1e-12));
    }

    @Test
    void theConfusionMatrixHasGoldRowsAndPredictedColumns() {
        StanceReport r = tenHeadlines();

        assertThat(r.labels()).containsExactly("for", "against", "observing");
        assertThat(r.confusion()).containsExactly(
                new StanceReport.ConfusionRow("for", List.of(3, 0, 1)),
                new StanceReport.ConfusionRow("against", List.of(1, 2, 0)),
                new StanceReport.ConfusionRow("observing", List.of(0, 2, 1)));
    }

    @Test
    void decisionsAreTalliedPerRuleAndTheWrongOnesKept() {
        StanceEvaluation e = new StanceEvaluation();
        EmergentHeadline hoax = new EmergentHeadline(2, "a1", null, "The ferry sank", "Ferry sinking a hoax", AGAINST);
        EmergentHeadline calm = new EmergentHeadline(3, "a2", null, "The ferry sank", "Ferry sinks, all calm", FOR);
        EmergentHeadline maybe = new EmergentHeadline(4, "a3", null, "The ferry sank", "Ferry may have sunk", FOR);

        e.add(hoax, new Decision(AGAINST, Rule.DEBUNK_WORD, "hoax"));
        e.add(calm, new Decision(FOR, Rule.OWN_VOICE, ""));
        e.add(maybe, new Decision(OBSERVING, Rule.HEDGE_WORD, "may"));

        StanceReport r = e.report();
        assertThat(r.perRule()).containsExactly(
                new StanceReport.RuleRow("DEBUNK_WORD", "against", new Share(1, 1)),
                new StanceReport.RuleRow("HEDGE_WORD", "observing", new Share(0, 1)),
                new StanceReport.RuleRow("OWN_VOICE", "for", new Share(1, 1)));
        assertThat(e.misses()).containsExactly(new StanceMiss(4, "a3", "for", "observing", "HEDGE_WORD", "may",
                "The ferry sank", "Ferry may have sunk"));
    }

    @Test
    void nothingScoredIsZeroNotNaN() {
        StanceReport r = new StanceEvaluation().report();

        assertThat(r.accuracy().fraction()).isZero();
        assertThat(r.macroF1()).isZero();
        assertThat(r.baseline().accuracy()).isEqualTo(new Share(0, 0));
    }
}
