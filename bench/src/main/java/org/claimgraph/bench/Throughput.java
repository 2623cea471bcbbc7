package org.claimgraph.bench;

/**
 * Articles and tokens per second over a timed stretch of wall-clock time, and the CPU time the
 * work took.
 *
 * <p>On a machine shared with other jobs the wall clock measures the machine as much as the code:
 * a worker that waits for a core still counts its wait. The CPU time does not, so
 * {@link #cpuMillisPerArticle()} is less sensitive to other jobs (it leaves out the garbage
 * collector's and the JIT compiler's own threads).
 *
 * @param articles   the articles processed in the stretch (failed ones included: their time was spent)
 * @param tokens     their tokens
 * @param seconds    the wall-clock length of the stretch
 * @param cpuSeconds CPU time the worker threads spent processing them
 */
public record Throughput(int articles, long tokens, double seconds, double cpuSeconds) {

    public Throughput {
        if (articles < 0 || tokens < 0 || seconds < 0 || Double.isNaN(seconds) || cpuSeconds < 0
                || Double.isNaN(cpuSeconds)) {
            throw new IllegalArgumentException("articles, tokens, seconds and CPU seconds must not be negative: "
                    + articles + ", " + tokens + ", " + seconds + ", " + cpuSeconds);
        }
    }

    /** The throughput of {@code articles} articles with {@code tokens} tokens in {@code nanos} nanoseconds of wall clock and {@code cpuNanos} of CPU. */
    public static Throughput ofNanos(int articles, long tokens, long nanos, long cpuNanos) {
        return new Throughput(articles, tokens, nanos / 1e9, cpuNanos / 1e9);
    }

    /** CPU milliseconds per article; 0 when nothing was timed. */
    public double cpuMillisPerArticle() {
        return articles == 0 ? 0 : cpuSeconds * 1000 / articles;
    }

    /** Articles per second; 0 when nothing was timed. */
    public double articlesPerSecond() {
        return seconds == 0 ? 0 : articles / seconds;
    }

    /** Tokens per second; 0 when nothing was timed. */
    public double tokensPerSecond() {
        return seconds == 0 ? 0 : tokens / seconds;
    }

    /** How many times faster this is than {@code baseline}, in articles per second; NaN when the baseline did nothing. */
    public double timesFasterThan(Throughput baseline) {
        double b = baseline.articlesPerSecond();
        return b == 0 ? Double.NaN : articlesPerSecond() / b;
    }

    /** How many times less CPU per article this took than {@code baseline}; NaN when either took none. */
    public double timesLessCpuThan(Throughput baseline) {
        double ours = cpuMillisPerArticle();
        return ours == 0 || baseline.cpuMillisPerArticle() == 0 ? Double.NaN : baseline.cpuMillisPerArticle() / ours;
    }
}
