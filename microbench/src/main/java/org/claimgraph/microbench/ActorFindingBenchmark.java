package org.claimgraph.microbench;

import org.claimgraph.extract.actors.ActorFinder;
import org.claimgraph.extract.actors.DocumentActors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Actor finding: {@link ActorFinder#find} over one annotated example article, the whole
 * article per call. It looks up candidate phrases in the actor registry, so most of its time is
 * {@code PhraseKey.of} and the registry's maps (3 % of a whole analysis in docs/performance.md's
 * profile, the largest share of claimgraph's own code).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ActorFindingBenchmark {

    @Benchmark
    public DocumentActors find(AnalysedArticle a) {
        return a.actorFinder.find(a.text);
    }
}
