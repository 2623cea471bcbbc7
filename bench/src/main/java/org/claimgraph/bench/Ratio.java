package org.claimgraph.bench;

/**
 * claimgraph against the baseline at one thread count.
 *
 * @param threads    the thread count of both phases
 * @param claimgraph claimgraph's timed throughput
 * @param baseline   the baseline's
 */
public record Ratio(int threads, Throughput claimgraph, Throughput baseline) {

    /** claimgraph's articles per second over the baseline's. */
    public double timesFaster() {
        return claimgraph.timesFasterThan(baseline);
    }

    /** The baseline's CPU time per article over claimgraph's: the same comparison, less sensitive to other jobs on the machine. */
    public double timesLessCpu() {
        return claimgraph.timesLessCpuThan(baseline);
    }
}
