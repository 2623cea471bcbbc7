package org.claimgraph.microbench;

import org.claimgraph.extract.statements.CueLexicon;
import org.claimgraph.extract.statements.StatementFinder;
import org.claimgraph.model.Statement;
import org.openjdk.jmh.annotations.Benchmark;

import java.util.List;

/**
 * Cue and pattern matching, per example article (every figure is for the whole article):
 * <ul>
 *   <li>{@link #verbCues}: {@link CueLexicon#anyVerbCueIn} on every sentence's lemmas and tags,
 *       the cue half of the cascade's test for running the parser;</li>
 *   <li>{@link #actionVerbs}: the action-verb half of that test,
 *       {@link org.claimgraph.extract.frames.FrameStage#anyActionIn}, on every sentence;</li>
 *   <li>{@link #statements}: {@link StatementFinder#find} over the annotated article with its
 *       actors and times, as {@code Analyzer.analyze} calls it (the actors are found afresh,
 *       untimed, before each call).</li>
 * </ul>
 */
public class CueMatchingBenchmark extends StageBenchmark {

    /** @return how many sentences hold a verb cue */
    @Benchmark
    public int verbCues(AnalysedArticle a) {
        return a.sentencesWhere(a.cues::anyVerbCueIn);
    }

    /** @return how many sentences hold an action verb */
    @Benchmark
    public int actionVerbs(AnalysedArticle a) {
        return a.sentencesWhere(a.frameStage::anyActionIn);
    }

    @Benchmark
    public List<Statement> statements(AnalysedArticle a, FreshActors fresh) {
        return a.statementFinder.find(a.text, fresh.actors, a.times);
    }
}
