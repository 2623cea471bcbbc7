package org.claimgraph.cli;

import org.claimgraph.extract.Analyzer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code claimgraph bench}'s options, without models: the analyzer supplier fails if anything asks for it. */
class BenchCommandArgumentsTest {

    private static final Supplier<Analyzer> NO_MODELS = () -> {
        throw new AssertionError("the analyzer must not be loaded here");
    };

    @TempDir
    Path dir;

    private static BenchCommand parse(String... args) {
        BenchCommand command = new BenchCommand(NO_MODELS);
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return command;
    }

    @Test
    void threadCountsSplitOnCommasInOrderRepeatsKept() {
        assertThat(parse("--corpus", "c.jsonl", "--threads", "1,2").threadCounts()).containsExactly(1, 2);
        assertThat(parse("--corpus", "c.jsonl", "--threads", "1,2,1").threadCounts()).containsExactly(1, 2, 1);
        assertThat(parse("--corpus", "c.jsonl", "--threads", "4").threadCounts()).containsExactly(4);
        assertThat(parse("--corpus", "c.jsonl", "--threads", "1", "--threads", "2").threadCounts())
                .containsExactly(1, 2);
    }

    @Test
    void defaultsAreOneThreadAndEveryCoreSixtyWarmUpAndTwoHundredArticles() {
        BenchCommand c = parse("--corpus", "c.jsonl");

        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(c.threadCounts()).containsExactlyElementsOf(cores == 1 ? java.util.List.of(1)
                : java.util.List.of(1, cores));
        assertThat(c.baselineThreadCounts()).containsExactly(1);
        assertThat(c.warmup).isEqualTo(60);
        assertThat(c.limit).isEqualTo(200);
        assertThat(c.baseline).isFalse();
        assertThat(c.format).isEqualTo(BenchCommand.Format.text);
    }

    @Test
    void aZeroThreadCountIsAUsageError() {
        BenchCommand c = parse("--corpus", "c.jsonl", "--threads", "1,0");
        assertThatThrownBy(c::threadCounts).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--threads").hasMessageContaining("not 0");
    }

    @Test
    void aThreadListThatIsNotNumbersIsAUsageErrorWithExitTwo() {
        CommandRun r = CommandRun.of(null, "bench", "--corpus", "c.jsonl", "--threads", "one,two");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--threads");
    }

    @Test
    void theBaselineOnASmallHeapFailsAtOnceWithTheFixNotAnOutOfMemoryError() throws IOException {
        Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() < 5L << 30,
                "skipped: this JVM's heap is large enough for the baseline");
        Path corpus = Files.writeString(dir.resolve("c.jsonl"), "{\"text\":\"Nobody said anything.\"}\n");

        CommandRun r = CommandRun.of(null, "bench", "--corpus", corpus.toString(), "--baseline");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("the CoreNLP baseline needs a heap limit of at least")
                .contains("CLAIMGRAPH_JAVA_OPTS=-Xmx8g").doesNotContain("OutOfMemoryError");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpShowsAnExample() {
        CommandRun r = CommandRun.of(null, "bench", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("--threads=N[,N...]").contains("--baseline")
                .contains("claimgraph bench --corpus ../shared/eval/polnear/train.jsonl --limit 200")
                .contains("CLAIMGRAPH_JAVA_OPTS=-Xmx8g");
    }
}
