package org.claimgraph.microbench;

import org.claimgraph.extract.frames.FrameStage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Frame coding: {@link FrameStage#run} over one annotated example article with its actors, times
 * and statements, the whole article per call: frames and their CAMEO codes, demands, evidence,
 * voice and stances, giving the article's events and claims. The actors and statements are
 * rebuilt, untimed, before each call ({@link FrameInputs}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FrameCodingBenchmark {

    @Benchmark
    public FrameStage.Output run(AnalysedArticle a, FrameInputs in) {
        return a.frameStage.run(a.text, in.actors, a.times, in.statements);
    }
}
