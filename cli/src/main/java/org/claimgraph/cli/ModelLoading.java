package org.claimgraph.cli;

import org.claimgraph.extract.Analyzer;

import java.io.PrintStream;
import java.util.function.Supplier;

/** Gets the analyzer, saying "loading models…" on an interactive terminal while it loads (a few seconds). */
final class ModelLoading {

    private ModelLoading() {
    }

    static Analyzer load(Supplier<Analyzer> analyzers, PrintStream err, boolean quiet) {
        boolean show = !quiet && Terminal.interactive();
        if (show) {
            err.print("loading models…");
            err.flush();
        }
        Analyzer analyzer = analyzers.get();
        if (show) {
            err.print("\r\033[K");
        }
        return analyzer;
    }
}
