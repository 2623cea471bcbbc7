package org.claimgraph.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The main class's early model loading: for the commands that analyse, and for no other. */
class ClaimgraphTest {

    @Test
    void theCommandsThatLoadModelsEarlyAreExactlyThoseThatTakeTheAnalyzers() {
        Set<String> analysing = Arrays.stream(Claimgraph.class.getAnnotation(Command.class).subcommands())
                .filter(ClaimgraphTest::takesAnalyzers)
                .map(type -> type.getAnnotation(Command.class).name())
                .collect(Collectors.toSet());

        assertThat(analysing).isEqualTo(Claimgraph.ANALYSING);
    }

    @Test
    void otherCommandsAndOptionsDoNotStartLoading() {
        for (String[] args : new String[][] {{}, {"stats"}, {"--help"}, {"help", "analyze"}, {"claims", "--limit", "3"}}) {
            Claimgraph.analyzersFor(args);
        }

        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain("claimgraph-models");
    }

    /** Whether a command, or one of its subcommands ({@code eval attribution}), takes the analyzers. */
    private static boolean takesAnalyzers(Class<?> type) {
        try {
            type.getDeclaredConstructor(Supplier.class);
            return true;
        } catch (NoSuchMethodException e) {
            return Arrays.stream(type.getAnnotation(Command.class).subcommands()).anyMatch(ClaimgraphTest::takesAnalyzers);
        }
    }
}
