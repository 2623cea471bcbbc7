package org.claimgraph.bench;

/** The JVM's heap limit is too small for what was asked; the message says how to start it with more. */
public final class InsufficientHeapException extends RuntimeException {

    InsufficientHeapException(String message) {
        super(message);
    }
}
