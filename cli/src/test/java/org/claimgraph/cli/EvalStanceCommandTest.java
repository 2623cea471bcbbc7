package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code claimgraph eval stance} end to end: on a small CSV of invented headlines written here, and on
 * the Emergent file when it is present. Mission: claims with each actor's stance (issue 5).
 */
class EvalStanceCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Six good rows and one malformed one (line 6). The classifier should get all but h7 right: its gold
     * says for, but "faked" debunks. Gold: two of each stance, so the baseline is "for" (first on a tie).
     */
    private static final String SMALL = """
            id,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId
            1,The harbour master of Port Elgin resigned,Harbour master of Port Elgin quits after dredging row,for,h1,c1
            2,The harbour master of Port Elgin resigned,"Port Elgin resignation letter a hoax, union says",against,h2,c1
            3,The harbour master of Port Elgin resigned,"Harbour master ""reportedly"" resigns",observing,h3,c1
            4,The harbour master of Port Elgin resigned,Port Elgin council denies that the harbour master resigned,against,h4,c1
            5,The harbour master of Port Elgin resigned,"Broken "row,for,h5,c1
            6,A sea monster was seen in Lake Tarn,Did fishermen see a sea monster in Lake Tarn?,observing,h6,c2
            7,A sea monster was seen in Lake Tarn,Lake Tarn sea monster photo was faked,for,h7,c2
            """;

    @TempDir
    Path dir;

    @Test
    void classifiesASmallFileWritesThePredictionsAndPrintsTheFigures() throws IOException {
        Path gold = Files.writeString(dir.resolve("stance.csv"), SMALL);
        Path predictions = dir.resolve("predictions.csv");

        CommandRun r = CommandRun.withModels("eval", "stance", "--gold", gold.toString(), "--predictions",
                predictions.toString(), "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readAllLines(predictions)).containsExactly("articleId,predicted", "h1,for", "h2,against",
                "h3,observing", "h4,against", "h6,observing", "h7,against");
        assertThat(r.err().lines().toList()).as("one line for the malformed row, naming file and line")
                .singleElement().asString().startsWith("claimgraph: " + gold + ":6: ")
                .contains("after the closing quote", "row skipped");
        assertThat(r.out()).contains("Emergent headline stance · stance.csv · 6 headlines",
                "majority-class baseline (always for)", "Confusion matrix (rows: gold, columns: predicted)")
                .containsPattern("accuracy +5 / 6 +83\\.3 %")
                .contains("Decisions by rule", "debunk word → against")
                .containsPattern("baseline \\(always for\\) +2 / 6 +33\\.3 %")
                .containsPattern("macro-F1 +\\d+\\.\\d %")
                .containsPattern("\\n  for +2 +1 +1 +100\\.0 +50\\.0 +66\\.7\\n")
                .containsPattern("\\n  for +1 +1 +0\\n  against +0 +2 +0\\n  observing +0 +0 +2\\n");
    }

    @Test
    void theJsonReportHasTheSameFiguresAndErrorsListTheWrongOne() throws IOException {
        Path gold = Files.writeString(dir.resolve("stance.csv"), SMALL);
        Path wrong = dir.resolve("wrong.jsonl");

        CommandRun r = CommandRun.withModels("eval", "stance", "--gold", gold.toString(), "--format", "json",
                "--errors", wrong.toString(), "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("headlines").asInt()).isEqualTo(6);
        assertThat(report.at("/accuracy/found").asInt()).isEqualTo(5);
        assertThat(report.at("/accuracy/fraction").asDouble()).isEqualTo(5.0 / 6);
        assertThat(report.at("/baseline/stance").asText()).isEqualTo("for");
        assertThat(report.at("/baseline/accuracy/found").asInt()).isEqualTo(2);
        // for: P 1/1 R 1/2 F1 2/3; against: P 2/3 R 1 F1 .8; observing: P 1 R 1 F1 1
        assertThat(report.get("macroF1").asDouble()).isCloseTo((2.0 / 3 + 0.8 + 1) / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.at("/perClass/1/score/predicted").asInt()).isEqualTo(3);
        assertThat(report.at("/confusion/0/predicted").toString()).isEqualTo("[1,1,0]");
        assertThat(report.get("labels").toString()).isEqualTo("[\"for\",\"against\",\"observing\"]");

        List<String> lines = Files.readAllLines(wrong);
        assertThat(lines).hasSize(1);
        JsonNode miss = JSON.readTree(lines.get(0));
        assertThat(miss.get("articleId").asText()).isEqualTo("h7");
        assertThat(miss.get("line").asInt()).isEqualTo(8);
        assertThat(miss.get("predicted").asText()).isEqualTo("against");
        assertThat(miss.get("rule").asText()).isEqualTo("DEBUNK_WORD");
        assertThat(miss.get("evidence").asText()).isEqualTo("faked");
    }

    @Test
    void helpHasAnExampleAndBadFilesFailBeforeTheModelsLoad() throws IOException {
        CommandRun help = CommandRun.of(null, "eval", "stance", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--gold", "--predictions", "--format", "Examples:",
                "claimgraph eval stance --gold ../shared/eval/stance/emergent-train.csv \\\n      --predictions stance.csv",
                "articleId,predicted");

        CommandRun missing = CommandRun.of(null, "eval", "stance", "--gold", dir.resolve("none.csv").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("none.csv", "no such file");

        Path gold = Files.writeString(dir.resolve("stance.csv"), SMALL);
        CommandRun unwritable = CommandRun.of(null, "eval", "stance", "--gold", gold.toString(), "--predictions",
                dir.resolve("no/such/dir/p.csv").toString());
        assertThat(unwritable.exit()).as("fails before asking for the (null) analyzer").isEqualTo(1);
        assertThat(unwritable.err()).contains("cannot write the predictions file", "no such directory");
    }

    @Test
    void onTheEmergentFileAccuracyBeatsTheMajorityBaseline() throws IOException {
        Path gold = CommandRun.sharedEval("stance/emergent-train.csv");
        Path predictions = dir.resolve("predictions.csv");

        CommandRun r = CommandRun.withModels("eval", "stance", "--gold", gold.toString(), "--predictions",
                predictions.toString(), "--format", "json", "--quiet");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).as("the file has no malformed row").isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("headlines").asInt()).isEqualTo(2071);
        double accuracy = report.at("/accuracy/fraction").asDouble();
        double baseline = report.at("/baseline/accuracy/fraction").asDouble();
        assertThat(report.at("/baseline/stance").asText()).isEqualTo("for");
        // Measured 78.0 % against a 47.9 % baseline (2025-06); the words were chosen looking at this file,
        // so this is a training figure, not a held-out one.
        assertThat(accuracy).as("accuracy vs the majority baseline %.3f", baseline).isGreaterThan(baseline + 0.15);
        assertThat(report.get("macroF1").asDouble()).isGreaterThan(0.6);
        assertThat(Files.readAllLines(predictions)).hasSize(2072).first().isEqualTo("articleId,predicted");
    }
}
