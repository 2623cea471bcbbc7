package org.claimgraph.bench;

/**
 * The heap a phase needed, from {@link HeapSampler}, in bytes.
 *
 * @param peakUsed     the most heap in use at any moment seen: the larger of the sampled maximum and
 *                     the heap in use just before any garbage collection. Includes garbage not yet
 *                     collected, so it grows with {@code -Xmx}: G1 collects later when it has room.
 * @param peakAfterGc  the most heap still in use just after a collection (young or full): an upper
 *                     bound on the live set, and the figure that says how small {@code -Xmx} may be
 * @param max          the heap limit of the JVM ({@code -Xmx})
 * @param collections  the garbage collections seen during the phase
 */
public record HeapPeak(long peakUsed, long peakAfterGc, long max, int collections) {

    private static final double MIB = 1024 * 1024;

    public double peakUsedMiB() {
        return peakUsed / MIB;
    }

    public double peakAfterGcMiB() {
        return peakAfterGc / MIB;
    }

    public double maxMiB() {
        return max / MIB;
    }
}
