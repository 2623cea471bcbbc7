package org.claimgraph.microbench;

import org.claimgraph.extract.statements.CueLexicon;
import org.claimgraph.extract.statements.StatementFinder;
import org.claimgraph.model.Statement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

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
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CueMatchingBenchmark {

    /** @return how many sentences hold a verb cue */
    @Benchmark
    public int verbCues(AnalysedArticle a) {
        int found = 0;
        for (int s = 0; s < a.sentenceLemmas.size(); s++) {
            if (a.cues.anyVerbCueIn(a.sentenceLemmas.get(s), a.sentenceTags.get(s))) {
                found++;
            }
        }
        return found;
    }

    /** @return how many sentences hold an action verb */
    @Benchmark
    public int actionVerbs(AnalysedArticle a) {
        int found = 0;
        for (int s = 0; s < a.sentenceLemmas.size(); s++) {
            if (a.frameStage.anyActionIn(a.sentenceLemmas.get(s), a.sentenceTags.get(s))) {
                found++;
            }
        }
        return found;
    }

    @Benchmark
    public List<Statement> statements(AnalysedArticle a, FreshActors fresh) {
        return a.statementFinder.find(a.text, fresh.actors, a.times);
    }
}
