package org.claimgraph.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Loading that runs on a thread of its own while the caller goes on: models take most of a second
 * each to read and decode, and load side by side. The threads are daemons, so that a command that
 * ends early does not wait for them.
 */
public final class Loading {

    private Loading() {
    }

    /** Starts {@code work} on a new daemon thread called {@code name}. */
    public static <T> CompletableFuture<T> start(String name, Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e instanceof IOException io ? new UncheckedIOException(io) : e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    /**
     * Waits for what {@link #start} loads. A failure is thrown as the loading threw it (an
     * {@code IOException} as an {@code UncheckedIOException}), not wrapped.
     */
    public static <T> T join(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
