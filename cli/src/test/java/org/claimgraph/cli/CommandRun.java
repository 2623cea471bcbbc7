package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.extract.Analyzer;
import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One in-process run of the command line: its exit code and what it printed. Runs that analyse
 * share one analyzer for the whole test JVM (loading the models takes seconds). Also where the
 * evaluation data lives, for tests that skip without it.
 */
record CommandRun(int exit, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Analyzer shared;

    /** The analyzer every test class of this JVM shares, loaded on first use. */
    private static synchronized Analyzer analyzer() {
        if (shared == null) {
            shared = Analyzer.load();
        }
        return shared;
    }

    /** Runs the command line with the shared analyzer and an empty stdin. */
    static CommandRun withModels(String... args) {
        return run(CommandRun::analyzer, new ByteArrayInputStream(new byte[0]), args);
    }

    /** Runs the command line with the shared analyzer, reading {@code stdin}. */
    static CommandRun withStdin(byte[] stdin, String... args) {
        return run(CommandRun::analyzer, new ByteArrayInputStream(stdin), args);
    }

    /** Runs the command line with the given analyzer (null for commands that must not load one). */
    static CommandRun of(Analyzer analyzer, String... args) {
        return run(() -> analyzer, new ByteArrayInputStream(new byte[0]), args);
    }

    /** Runs the command line; stdin, stdout and stderr are swapped, so runs are serialised. */
    private static synchronized CommandRun run(java.util.function.Supplier<Analyzer> analyzers, InputStream stdin,
                                               String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            System.setIn(stdin);
            int exit = Claimgraph.run(analyzers, args);
            return new CommandRun(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    /** Stdout as JSON Lines. */
    List<JsonNode> jsonLines() throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
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
