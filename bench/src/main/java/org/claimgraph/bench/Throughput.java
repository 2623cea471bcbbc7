package org.claimgraph.bench;

/**
 * Articles and tokens per second over a timed stretch of wall-clock time.
 *
 * @param articles the articles processed in the stretch (failed ones included: their time was spent)
 * @param tokens   their tokens
 * @param seconds  the wall-clock length of the stretch
 */
public record Throughput(int articles, long tokens, double seconds) {

    public Throughput {
        if (articles < 0 || tokens < 0 || seconds < 0 || Double.isNaN(seconds)) {
            throw new IllegalArgumentException("articles, tokens and seconds must not be negative: "
                    + articles + ", " + tokens + ", " + seconds);
        }
    }

    /** The throughput of {@code articles} articles with {@code tokens} tokens in {@code nanos} nanoseconds. */
    public static Throughput ofNanos(int articles, long tokens, long nanos) {
        return new Throughput(articles, tokens, nanos / 1e9);
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
}
