package org.claimgraph.cli;

import org.claimgraph.extract.Analyzer;
import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One in-process run of the command line with a shared analyzer: its exit code and what it printed.
 * Also where the evaluation data lives, for tests that skip without it.
 */
record CommandRun(int exit, String out, String err) {

    /** Runs the command line; stdout and stderr are captured, so runs are serialised. */
    static synchronized CommandRun of(Analyzer analyzer, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Claimgraph.run(() -> analyzer, args);
            return new CommandRun(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** The path of {@code relative} under {@code ../shared/eval}, or the test is skipped with a message. */
    static Path sharedEval(String relative) {
        Path root = Path.of(System.getProperty("claimgraph.shared", "../../shared"));
        Path path = root.resolve("eval").resolve(relative).normalize();
        Assumptions.assumeTrue(Files.exists(path),
                () -> "skipped: evaluation data " + path.toAbsolutePath() + " is absent (it lives beside the project "
                        + "in ../shared/eval; see README)");
        return path;
    }
}
