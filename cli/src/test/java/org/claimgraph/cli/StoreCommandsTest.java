package org.claimgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus side as a user runs it: {@code ingest} into a store, then {@code stats}, {@code claims},
 * {@code claim}, {@code events}, {@code actors} and {@code statements}; one claim gathering the
 * stances of several articles.
 */
class StoreCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("claimgraph.root", ".."));
    private static final String JAPAN = ROOT.resolve("examples/munitions/2023-10-25-japan.txt").toString();
    private static final String KYIV = ROOT.resolve("examples/munitions/2023-11-02-kyiv.txt").toString();

    @TempDir
    Path folder;

    private String db() {
        return folder.resolve("corpus.duckdb").toString();
    }

    private CommandRun ingest(String input, String date) {
        return CommandRun.withModels("ingest", input, "--date", date, "--db", db(), "--quiet");
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", db(), "--format", "json"));
        CommandRun run = CommandRun.of(null, all.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    /** The one claim "North Korea → 07x → Russia" in the store. */
    private JsonNode munitionsClaim() throws Exception {
        List<JsonNode> found = new ArrayList<>();
        json("claims", "--about", "North Korea").forEach(c -> {
            if (c.path("source").path("id").asText().equals("state:PRK") && c.path("cameo").asText().startsWith("07")
                    && c.path("target").path("id").asText().equals("state:RUS")) {
                found.add(c);
            }
        });
        assertThat(found).as("one merged arms-transfer claim").hasSize(1);
        return found.get(0);
    }

    private static List<String> stances(JsonNode claim) {
        List<String> stances = new ArrayList<>();
        claim.path("stances").forEach(s -> stances.add(s.path("actor").path("id").asText() + " " + s.path("kind").asText()));
        return stances;
    }

    @Test
    void theSeedArticlesClaimGathersTheStancesOfTwoLaterArticles() throws Exception {
        Path seed = CommandRun.sharedEval("seed/article.txt");
        assertThat(ingest(seed.toString(), "2023-10-21").exit()).isZero();

        JsonNode claim = munitionsClaim();
        assertThat(claim.path("documents").asInt()).isEqualTo(1);
        assertThat(stances(claim)).contains("state:USA ASSERT", "state:PRK DENY", "person:sergey-lavrov DISMISS");

        assertThat(ingest(JAPAN, "2023-10-25").exit()).isZero();
        assertThat(ingest(KYIV, "2023-11-02").exit()).isZero();
        JsonNode merged = munitionsClaim();
        assertThat(merged.path("id").asText()).isEqualTo(claim.path("id").asText());
        assertThat(merged.path("documents").asInt()).isEqualTo(3);
        assertThat(merged.path("last").asText()).isEqualTo("2023-11-02");
        assertThat(stances(merged)).contains("state:USA ASSERT", "state:PRK DENY", "person:sergey-lavrov DISMISS",
                "state:CHN REFUSE", "org:kremlin DENY");

        JsonNode ledger = json("claim", merged.path("id").asText());
        List<String> days = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        ledger.path("stances").forEach(s -> {
            days.add(s.path("day").asText());
            if (!documents.contains(s.path("document").asText())) {
                documents.add(s.path("document").asText());
            }
        });
        assertThat(days).isSorted();
        assertThat(documents).hasSize(3);
        assertThat(ledger.path("wordings")).hasSize(3);
        assertThat(ledger.path("evidence").findValuesAsText("kind")).contains("IMAGES");

        CommandRun text = CommandRun.of(null, "claim", merged.path("id").asText(), "--db", db());
        assertThat(text.out()).contains("Claim " + merged.path("id").asText(), "Stances", "Evidence", "Wordings",
                "China declined to comment on the shipments.");
    }

    @Test
    void ingestingAgainAddsNothingAndStatsAgreeWithTheLog() throws Exception {
        assertThat(ingest(JAPAN, "2023-10-25").exit()).isZero();
        JsonNode before = json("stats");
        assertThat(before.path("documents").asInt()).isEqualTo(1);

        CommandRun again = CommandRun.withModels("ingest", JAPAN, "--date", "2023-10-25", "--db", db());
        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("0 new documents", "1 already there");
        assertThat(json("stats")).isEqualTo(before);

        String missing = folder.resolve("missing.txt").toString();
        CommandRun broken = CommandRun.withModels("ingest", missing, KYIV, "--date", "2023-11-02", "--db", db(), "--quiet");
        assertThat(broken.exit()).as("a failed input makes the exit status 1").isEqualTo(1);
        assertThat(broken.err()).contains(missing + ": no such file");
        JsonNode after = json("stats");
        assertThat(after.path("documents").asInt()).as("the batch went on").isEqualTo(2);
        assertThat(after.path("failures").asInt()).isEqualTo(1);
    }

    @Test
    void eventsActorsAndStatementsOfTheStore() throws Exception {
        assertThat(ingest(KYIV, "2023-11-02").exit()).isZero();
        JsonNode actors = json("actors", "--country", "UKR");
        assertThat(actors.findValuesAsText("country")).isNotEmpty().allMatch("UKR"::equals);
        JsonNode statements = json("statements", "--speaker", "Kremlin");
        assertThat(statements).isNotEmpty();
        assertThat(statements.get(0).path("content").asText()).contains("North Korea supplied weapons to Russia");
        JsonNode denials = json("events", "--code", "016");
        assertThat(denials.findValuesAsText("cameo")).isNotEmpty().allMatch("016"::equals);
        assertThat(json("events", "--code", "07")).as("the allegation is a claim, not an event").isEmpty();

        CommandRun csv = CommandRun.of(null, "actors", "--db", db(), "--format", "csv");
        assertThat(csv.out()).startsWith("ID,NAME,KIND,CODE,COUNTRY,SECTOR,ARTICLES,MENTIONS\r\n");
        CommandRun table = CommandRun.of(null, "stats", "--db", db());
        assertThat(table.out()).containsPattern("documents\\s+1\\n");
    }

    @Test
    void storeErrorsNameTheStore() {
        String nowhere = folder.resolve("no/such/folder/x.duckdb").toString();
        CommandRun run = CommandRun.of(null, "stats", "--db", nowhere);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("claimgraph: " + nowhere).contains("no such store");

        CommandRun missing = CommandRun.of(null, "claims", "--db", db());
        assertThat(missing.exit()).as("a mistyped store is not created empty").isEqualTo(1);
        assertThat(missing.err()).isEqualTo("claimgraph: " + db() + ": no such store; create it with claimgraph ingest\n");
        assertThat(Path.of(db())).doesNotExist();
    }

    @Test
    void anEmptyStoreAnswersWithZeros() throws Exception {
        Store.open(db()).close();
        JsonNode stats = json("stats");
        assertThat(stats.path("documents").asInt()).isZero();
        assertThat(stats.path("failures").asInt()).isZero();
        assertThat(json("claims")).isEmpty();

        CommandRun unknown = CommandRun.of(null, "claim", "c0000000000", "--db", db());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no claim c0000000000");
    }
}
