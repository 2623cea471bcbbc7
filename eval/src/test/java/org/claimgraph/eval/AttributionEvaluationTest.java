package org.claimgraph.eval;

import org.claimgraph.model.Analysis;
import org.claimgraph.model.Document;
import org.claimgraph.model.Statement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scoring statements against gold attributions: per role, exact and overlap, one-to-one per
 * document, sources that are absent, whole attributions, cue lists and the error list.
 */
class AttributionEvaluationTest {

    private static final String TEXT = "Anna Berg said that the harbour would close. \"It is over,\" the mayor added. "
            + "Officials believe the talks failed. Critics objected to nothing.";

    private final Fixture f = new Fixture(TEXT);

    private final GoldAttribution berg = f.attribution("Anna Berg", "said", "that the harbour would close");
    private final GoldAttribution mayor = f.attribution("the mayor", "added", "\"It is over,\"");
    private final GoldAttribution belief = f.attribution(null, "believe", "the talks failed");

    private static RoleScore role(AttributionReport report, Role role) {
        return report.roles().stream().filter(r -> r.role() == role).findFirst().orElseThrow();
    }

    private AttributionReport score(GoldArticle gold, Analysis analysis) {
        AttributionEvaluation evaluation = new AttributionEvaluation();
        evaluation.add(gold, analysis);
        return evaluation.report();
    }

    @Test
    void aPerfectAnalysisScoresOneEverywhere() {
        AttributionReport report = score(f.article(berg, mayor),
                f.analysis(f.statement("Anna Berg", "said", "the harbour would close"),
                        f.statement("the mayor", "added", "It is over")));

        assertThat(report.documents()).isEqualTo(1);
        assertThat(report.roles()).extracting(RoleScore::role).containsExactly(Role.SOURCE, Role.CUE, Role.CONTENT);
        for (RoleScore r : report.roles()) {
            assertThat(r.exact()).as(r.role().label()).isEqualTo(new Score(2, 2, 2));
            assertThat(r.overlap()).as(r.role().label()).isEqualTo(new Score(2, 2, 2));
        }
        assertThat(report.attribution()).isEqualTo(new Score(2, 2, 2));
        assertThat(report.frequentMisses()).isEmpty();
        assertThat(report.frequentFalseAlarms()).isEmpty();
    }

    @Test
    void eachAnnotatorsDocumentsAreScoredApart() {
        AttributionEvaluation evaluation = new AttributionEvaluation();
        Analysis bergOnly = f.analysis(f.statement("Anna Berg", "said", "the harbour would close"));
        evaluation.add(f.annotatedArticle("a1", berg, mayor), bergOnly);
        evaluation.add(f.annotatedArticle("a1", berg), bergOnly);
        evaluation.add(f.annotatedArticle("b2", mayor), bergOnly);
        evaluation.add(f.article(berg), bergOnly);

        assertThat(evaluation.report().annotators()).containsExactly(
                new AnnotatorScore(AnnotatorScore.NONE, 1, new Score(1, 1, 1), new Score(1, 1, 1), new Score(1, 1, 1)),
                new AnnotatorScore("a1", 2, new Score(3, 2, 2), new Score(3, 2, 2), new Score(3, 2, 2)),
                new AnnotatorScore("b2", 1, new Score(1, 1, 0), new Score(1, 1, 0), new Score(1, 1, 0)));
    }

    @Test
    void aContentWithAWordTooManyMatchesByOverlapOnly() {
        AttributionReport report = score(f.article(berg),
                f.analysis(f.statement("Anna Berg", "said", "the harbour would close. \"It")));

        assertThat(role(report, Role.CONTENT).exact()).isEqualTo(new Score(1, 1, 0));
        assertThat(role(report, Role.CONTENT).overlap()).isEqualTo(new Score(1, 1, 1));
        assertThat(report.attribution()).isEqualTo(new Score(1, 1, 1));
    }

    @Test
    void absentSourcesCountNeitherAsGoldNorAsPredictions() {
        AttributionReport report = score(f.article(berg, belief),
                f.analysis(f.statement("Anna Berg", "said", "the harbour would close"),
                        f.statement(null, "believe", "the talks failed")));

        assertThat(role(report, Role.SOURCE).exact()).isEqualTo(new Score(1, 1, 1));
        assertThat(role(report, Role.CUE).exact()).isEqualTo(new Score(2, 2, 2));
        assertThat(report.attribution()).isEqualTo(new Score(2, 2, 2));
    }

    @Test
    void aSpeakerTheGoldLeavesOutIsAFalseAlarmForSourcesOnly() {
        AttributionReport report = score(f.article(belief),
                f.analysis(f.statement("Officials", "believe", "the talks failed")));

        assertThat(role(report, Role.SOURCE).exact()).isEqualTo(new Score(0, 1, 0));
        assertThat(role(report, Role.SOURCE).exact().precision()).isZero();
        assertThat(role(report, Role.SOURCE).exact().recall()).isZero();
        assertThat(report.attribution()).isEqualTo(new Score(1, 1, 1));
    }

    @Test
    void aStatementNestedInAnotherIsLeftOutAsPolnearNeverNests() {
        Fixture g = new Fixture("Anna Berg said officials believe the talks failed.");
        GoldAttribution said = g.attribution("Anna Berg", "said", "officials believe the talks failed");
        Statement outer = g.statement("Anna Berg", "said", "officials believe the talks failed");
        Statement inner = g.statement("officials", "believe", "the talks failed");
        Statement nested = new Statement(inner.id(), inner.speaker(), inner.cue(), inner.content(), inner.form(),
                inner.time(), inner.confidence(), outer.id());

        AttributionReport withNested = score(g.article(said), g.analysis(outer, nested));
        AttributionReport alone = score(g.article(said), g.analysis(outer, inner));

        assertThat(role(withNested, Role.CUE).exact()).isEqualTo(new Score(1, 1, 1));
        assertThat(withNested.attribution()).isEqualTo(new Score(1, 1, 1));
        assertThat(role(alone, Role.CUE).exact()).isEqualTo(new Score(1, 2, 1));
    }

    @Test
    void eachGoldSpanIsMatchedOnceAndTheDuplicateIsAFalseAlarm() {
        AttributionEvaluation evaluation = new AttributionEvaluation();
        evaluation.add(f.article(berg), f.analysis(f.statement("Anna Berg", "said", "the harbour would close"),
                f.statement("Anna Berg", "said", "the harbour would close")));
        AttributionReport report = evaluation.report();

        assertThat(role(report, Role.CUE).exact()).isEqualTo(new Score(1, 2, 1));
        assertThat(report.attribution()).isEqualTo(new Score(1, 2, 1));
        assertThat(report.frequentFalseAlarms()).containsExactly(new Tally("said", 1));
        assertThat(evaluation.mismatches()).filteredOn(m -> m.role() == Role.CUE && m.matching() == Matching.EXACT)
                .singleElement().satisfies(m -> {
                    assertThat(m.kind()).isEqualTo(Mismatch.Kind.FALSE_ALARM);
                    assertThat(m.span()).isEqualTo(f.span("said"));
                });
    }

    @Test
    void anAttributionIsFoundOnlyWhenOneStatementHasItsCueAndItsContent() {
        AttributionReport report = score(f.article(berg),
                f.analysis(f.statement("Anna Berg", "said", "It is over"),
                        f.statement("the mayor", "added", "the harbour would close")));

        assertThat(role(report, Role.CUE).overlap().matched()).isEqualTo(1);
        assertThat(role(report, Role.CONTENT).overlap().matched()).isEqualTo(1);
        assertThat(report.attribution()).isEqualTo(new Score(1, 2, 0));
        assertThat(report.frequentMisses()).containsExactly(new Tally("said", 1));
        assertThat(report.frequentFalseAlarms()).containsExactly(new Tally("added", 1), new Tally("said", 1));
    }

    @Test
    void scoresAddUpOverDocumentsAndCuesAreCountedLowerCased() {
        Fixture g = new Fixture("Critics Said the plan was late. Critics said nothing else.");
        GoldAttribution critics = g.attribution("Critics", "Said", "the plan was late");
        AttributionEvaluation evaluation = new AttributionEvaluation();

        evaluation.add(f.article(berg, mayor, belief),
                f.analysis(f.statement("Anna Berg", "said", "the harbour would close")));
        evaluation.add(g.article(critics), g.analysis());
        AttributionReport report = evaluation.report();

        assertThat(report.documents()).isEqualTo(2);
        assertThat(role(report, Role.SOURCE).exact()).isEqualTo(new Score(3, 1, 1));
        assertThat(role(report, Role.CUE).exact()).isEqualTo(new Score(4, 1, 1));
        assertThat(report.attribution()).isEqualTo(new Score(4, 1, 1));
        assertThat(report.frequentMisses()).containsExactly(new Tally("added", 1), new Tally("believe", 1),
                new Tally("said", 1));
    }

    @Test
    void goldAttributionsWithoutCueOrContentAreLeftOutOfTheAttributionFigure() {
        GoldAttribution noCue = f.attribution("Critics", null, "nothing");

        AttributionReport report = score(f.article(berg, noCue), f.analysis());

        assertThat(role(report, Role.SOURCE).exact().gold()).isEqualTo(2);
        assertThat(role(report, Role.CUE).exact().gold()).isEqualTo(1);
        assertThat(role(report, Role.CONTENT).exact().gold()).isEqualTo(2);
        assertThat(report.attribution().gold()).isEqualTo(1);
    }

    @Test
    void mismatchesNameTheDocumentRoleSpanCueAndSentence() {
        AttributionEvaluation evaluation = new AttributionEvaluation();
        evaluation.add(f.article(mayor), f.analysis(f.statement("Critics", "objected", "nothing")));

        List<Mismatch> mismatches = evaluation.mismatches();

        assertThat(mismatches).hasSize(2 * 3 * 2 + 2); // miss and false alarm, 3 roles, 2 matchings; + attribution
        assertThat(mismatches).allSatisfy(m -> assertThat(m.document()).isEqualTo("doc-1"));
        assertThat(mismatches).filteredOn(m -> m.role() == Role.SOURCE && m.matching() == Matching.OVERLAP)
                .containsExactly(
                        new Mismatch("doc-1", Role.SOURCE, Matching.OVERLAP, Mismatch.Kind.MISS, f.span("the mayor"),
                                "added", "\"It is over,\" the mayor added."),
                        new Mismatch("doc-1", Role.SOURCE, Matching.OVERLAP, Mismatch.Kind.FALSE_ALARM,
                                f.span("Critics"), "objected", "Critics objected to nothing."));
        assertThat(mismatches).filteredOn(m -> m.role() == Role.ATTRIBUTION).extracting(Mismatch::span)
                .containsExactly(f.span("added"), f.span("objected"));
    }

    @Test
    void anAnalysisOfAnotherTextIsAProgrammingError() {
        Document other = Document.of("Something else entirely.", null, null, null, null);
        Analysis analysis = new Analysis(other, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> new AttributionEvaluation().add(f.article(berg), analysis))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("doc-1");
    }
}
