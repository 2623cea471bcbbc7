package org.claimgraph.microbench;

import org.claimgraph.extract.actors.DocumentActors;
import org.claimgraph.extract.frames.FrameStage;
import org.claimgraph.model.Actor;
import org.claimgraph.model.Statement;
import org.claimgraph.nlp.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each benchmark method called once, as JMH would call it, on the mackerel-dispute example: a
 * benchmark that breaks, or that stops measuring what {@code Analyzer.analyze} does, fails the
 * build. Nothing here is timed. Loads the CoreNLP models once for the class.
 */
class BenchmarksRunOnceTest {

    private static AnalysedArticle article;

    @BeforeAll
    static void annotate() {
        article = new AnalysedArticle();
        article.article = "mackerel-dispute";
        article.load();
    }

    @Test
    void verbCuesAndActionVerbsSelectOnlySentencesTheCascadeParsed() {
        long parsed = article.text.sentences().stream().filter(Sentence::parsed).count();

        int verbCues = new CueMatchingBenchmark().verbCues(article);
        int actionVerbs = new CueMatchingBenchmark().actionVerbs(article);

        assertThat(verbCues).isPositive().isLessThanOrEqualTo((int) parsed);
        assertThat(actionVerbs).isPositive().isLessThanOrEqualTo((int) parsed);
        assertThat(parsed).isLessThanOrEqualTo(verbCues + actionVerbs);
    }

    @Test
    void statementsAreThoseTheAnalyzerFinds() {
        FreshActors fresh = new FreshActors();
        fresh.find(article);

        List<Statement> statements = new CueMatchingBenchmark().statements(article, fresh);

        assertThat(statements).extracting(s -> s.cue().span().text()).contains("saying", "added", "according to");
        assertThat(statements).isEqualTo(article.analysis.statements());
    }

    @Test
    void actorFinderNamesTheForeignMinister() {
        DocumentActors actors = new ActorFindingBenchmark().find(article);

        assertThat(actors.actors()).extracting(Actor::name, Actor::code).contains(tuple("Ingrid Halvorsen", "NORGOV"));
    }

    @Test
    void frameCodingGivesTheAnalyzersEventsAndClaims() {
        FrameInputs in = new FrameInputs();
        in.prepare(article);

        FrameStage.Output out = new FrameCodingBenchmark().run(article, in);

        assertThat(out.claims()).isNotEmpty().isEqualTo(article.analysis.claims());
        assertThat(out.events()).isNotEmpty().isEqualTo(article.analysis.events());
    }

    @Test
    void storeWriteAddsTheDocumentToAFreshStoreAndTheStoreIsDeletedAfter() throws IOException {
        FreshStore fresh = new FreshStore();
        fresh.open();
        try {
            int added = new StoreWriteBenchmark().write(article, fresh);

            assertThat(added).isEqualTo(1);
            assertThat(fresh.store.documentIds()).containsExactly(article.document.id());
        } finally {
            fresh.close();
        }
        assertThat(fresh.directory).doesNotExist();
    }

    @Test
    void anArticleThatIsNotAnExampleIsAnErrorListingTheExamples() {
        assertThatThrownBy(() -> ExampleArticle.named("seed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mackerel-dispute").hasMessageContaining("river-treaty");
    }
}
