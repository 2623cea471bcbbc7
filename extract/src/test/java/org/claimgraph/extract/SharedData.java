package org.claimgraph.extract;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the human-labelled evaluation data lives ({@code ../shared/eval}); tests that need it skip
 * with a message naming the missing path when it is absent.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The path of {@code relative} under {@code ../shared/eval}, or the test is skipped. */
    public static Path require(String relative) {
        Path root = Path.of(System.getProperty("claimgraph.shared", "../../shared"));
        Path path = root.resolve("eval").resolve(relative).normalize();
        Assumptions.assumeTrue(Files.exists(path),
                () -> "skipped: evaluation data " + path.toAbsolutePath() + " is absent (it lives beside the project "
                        + "in ../shared/eval; see README)");
        return path;
    }
}
