package org.claimgraph.bench;

/** Hears how a phase advances, for progress on stderr. Called from worker threads: implementations must be thread-safe. */
public interface PhaseListener {

    /** Ignores everything. */
    PhaseListener NONE = new PhaseListener() {
    };

    /** A stage ({@code warm-up} or {@code timed}) of a phase starts on {@code articles} articles. */
    default void stage(String pipeline, int threads, String stage, int articles) {
    }

    /** One article is done. */
    default void articleDone(boolean ok) {
    }
}
