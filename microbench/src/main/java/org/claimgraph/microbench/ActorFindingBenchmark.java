package org.claimgraph.microbench;

import org.claimgraph.extract.actors.ActorFinder;
import org.claimgraph.extract.actors.DocumentActors;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Actor finding: {@link ActorFinder#find} over one annotated example article, the whole
 * article per call. It looks up candidate phrases in the actor registry, so most of its time is
 * {@code PhraseKey.of} and the registry's maps (3 % of a whole analysis in docs/performance.md's
 * profile, the largest share of claimgraph's own code).
 */
public class ActorFindingBenchmark extends StageBenchmark {

    @Benchmark
    public DocumentActors find(AnalysedArticle a) {
        return a.actorFinder.find(a.text);
    }
}
