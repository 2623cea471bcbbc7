package org.claimgraph.nlp;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadingTest {

    @Test
    void loadsOnANamedDaemonThreadOfItsOwn() {
        Thread caller = Thread.currentThread();

        CompletableFuture<Thread> loading = Loading.start("claimgraph-test-loader", Thread::currentThread);
        Thread loader = Loading.join(loading);

        assertThat(loader).isNotSameAs(caller);
        assertThat(loader.getName()).isEqualTo("claimgraph-test-loader");
        assertThat(loader.isDaemon()).isTrue();
    }

    @Test
    void aFailureIsThrownAsTheLoadingThrewItNotWrapped() {
        IllegalStateException broken = new IllegalStateException("model file truncated");
        assertThatThrownBy(() -> Loading.join(Loading.start("t", () -> {
            throw broken;
        }))).isSameAs(broken);

        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        assertThatThrownBy(() -> Loading.join(Loading.start("t", () -> {
            throw full;
        }))).isSameAs(full);

        IOException unreadable = new IOException("no such resource");
        assertThatThrownBy(() -> Loading.join(Loading.start("t", () -> {
            throw unreadable;
        }))).isInstanceOf(UncheckedIOException.class).hasCause(unreadable);
    }
}
