package org.claimgraph.microbench;

import org.claimgraph.extract.frames.FrameStage;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Frame coding: {@link FrameStage#run} over one annotated example article with its actors, times
 * and statements, the whole article per call: frames and their CAMEO codes, demands, evidence,
 * voice and stances, giving the article's events and claims. The actors and statements are
 * rebuilt, untimed, before each call ({@link FrameInputs}).
 */
public class FrameCodingBenchmark extends StageBenchmark {

    @Benchmark
    public FrameStage.Output run(AnalysedArticle a, FrameInputs in) {
        return a.frameStage.run(a.text, in.actors, a.times, in.statements);
    }
}
