package org.claimgraph.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged distribution ({@code target/claimgraph.jar} with {@code target/lib}) run in its own
 * JVM, as the launcher runs it: catches what in-process tests cannot, such as a dependency missing
 * from the runtime classpath.
 */
class DistributionIT {

    private static final Path ROOT = Path.of(System.getProperty("claimgraph.root", ".."));

    private record Result(int exit, String out, String err) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(javaBin, "-Xmx2g", "-jar",
                ROOT.resolve("cli/target/claimgraph.jar").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void analyzesTheReadmeExampleInEveryFormat() throws Exception {
        String example = ROOT.resolve("examples/mackerel-dispute.txt").toString();
        for (String format : List.of("text", "json", "jsonl")) {
            Result r = java("analyze", example, "--date", "2025-03-08", "--format", format);
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("Ingrid Halvorsen");
        }
    }

    @Test
    void readsJsonLinesAndNamesBadLines() throws Exception {
        Path batch = java.nio.file.Files.createTempFile("batch", ".jsonl");
        java.nio.file.Files.writeString(batch, "{\"text\":\"Anders Dahl said the talks had failed.\"}\n[1,2]\n");
        Result r = java("analyze", batch.toString(), "--format", "jsonl");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err()).contains(batch.getFileName() + ":2");
    }
}
