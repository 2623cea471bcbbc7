package org.claimgraph.microbench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The settings every benchmark of this module inherits (JMH reads them from the superclass): the
 * mean time of one call in microseconds; one fork of 2 GB heap, as the {@code claimgraph} command
 * runs; 3 warm-up and 5 measured iterations of 2 s. The command line overrides any of them
 * ({@code -f}, {@code -wi}, {@code -i}, {@code -w}, {@code -r}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public abstract class StageBenchmark {
}
