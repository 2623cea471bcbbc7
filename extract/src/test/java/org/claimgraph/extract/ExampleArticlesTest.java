package org.claimgraph.extract;

import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Statement;
import org.claimgraph.model.StatementForm;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example articles of {@code examples/} (ours, fictional), end to end through the analyzer:
 * what the README promises a new user sees. Missions: attribution, actors, resolved dates.
 */
class ExampleArticlesTest {

    private static Analysis example(String name, LocalDate date) throws IOException {
        Path root = Path.of(System.getProperty("claimgraph.root", ".."));
        return TestAnalyzer.analyze(Files.readString(root.resolve("examples").resolve(name)), date);
    }

    @Test
    void mackerelDispute() throws IOException {
        Analysis a = example("mackerel-dispute.txt", LocalDate.of(2025, 3, 8));

        Actor halvorsen = TestAnalyzer.actorNamed(a, "Ingrid Halvorsen").orElseThrow();
        assertThat(halvorsen.code()).isEqualTo("NORGOV");
        assertThat(halvorsen.aliases()).containsExactlyInAnyOrder("Norway’s top diplomat", "Ms. Halvorsen");

        Statement brushOff = TestAnalyzer.withCue(a, "saying").get(0);
        assertThat(brushOff.speaker().span().text()).isEqualTo("Norway’s top diplomat");
        assertThat(brushOff.speaker().actor()).isEqualTo(halvorsen.id());
        assertThat(brushOff.content().text()).isEqualTo("Reykjavik had not shown a single log entry to back the charge");
        // "had not shown a single log entry" reports nothing: no statement nests inside the brush-off
        assertThat(a.statements()).noneMatch(s -> brushOff.id().equals(s.parent()));

        Statement added = TestAnalyzer.withCue(a, "added").get(0);
        assertThat(added.speaker().actor()).isEqualTo(halvorsen.id());
        assertThat(added.form()).isEqualTo(StatementForm.DIRECT);

        Statement lastQuote = a.statements().get(a.statements().size() - 1);
        assertThat(lastQuote.content().text())
                .isEqualTo("“Our fishermen follow the rules. They have done so for decades,”");
        assertThat(lastQuote.speaker().actor()).isEqualTo(halvorsen.id());

        Statement according = TestAnalyzer.withCue(a, "according to").get(0);
        assertThat(TestAnalyzer.speakerName(a, according)).isEqualTo("Norwegian foreign ministry");
        assertThat(according.content().text()).startsWith("On Thursday, Ms. Halvorsen and Mr. Ólafsson spoke");

        Statement lastWeek = TestAnalyzer.withCue(a, "said").get(0);
        assertThat(lastWeek.time()).isEqualTo("2025-W09");
        assertThat(a.findActor(lastWeek.speaker().actor()).map(Actor::code)).contains("ISLGOV");

        assertThat(a.times()).extracting(t -> t.span().text() + "=" + t.value())
                .contains("Friday=2025-03-07", "last week=2025-W09", "Thursday=2025-03-06", "next month=2025-04");

        // the detention is Iceland's allegation, not a fact: a claim with every side's stance
        assertThat(a.events()).noneMatch(e -> e.frame().cameo().startsWith("17"));
        assertThat(a.claims()).hasSize(1);
        Claim detention = a.claims().get(0);
        assertThat(detention.cameo()).isEqualTo("173");
        assertThat(a.findActor(detention.target()).map(Actor::country)).contains("ISL");
        assertThat(detention.stances()).extracting(s -> a.findActor(s.actor()).map(Actor::country).orElse("?") + " " + s.kind())
                .contains("ISL ASSERT", "NOR DENY", "NOR DISMISS", "NOR QUESTION");
    }

    @Test
    void riverTreaty() throws IOException {
        Analysis a = example("river-treaty.txt", LocalDate.of(2025, 6, 12));

        Statement accused = TestAnalyzer.withCue(a, "accused").get(0);
        assertThat(TestAnalyzer.speakerName(a, accused)).isEqualTo("Chile");
        assertThat(accused.content().text()).startsWith("Argentina").contains("of diverting water");

        Statement evidence = a.statements().stream().filter(s -> s.content().text().startsWith("showed")).findFirst()
                .orElseThrow();
        assertThat(TestAnalyzer.speakerName(a, evidence)).isEqualTo("Paula Reyes");

        assertThat(TestAnalyzer.withCue(a, "told").get(0).content().text())
                .isEqualTo("that his government had built nothing that the treaty forbids");
        assertThat(a.actors()).extracting(Actor::name).doesNotContain("Santiago");
        assertThat(TestAnalyzer.actorNamed(a, "Buenos Aires").map(Actor::code)).contains("ARGGOV");
        assertThat(TestAnalyzer.actorNamed(a, "Tomás Ferrer").map(Actor::code)).contains("ARGGOV");
        assertThat(a.times()).extracting(t -> t.span().text() + "=" + t.value())
                .contains("Tuesday=2025-06-10", "last month=2025-05", "Wednesday=2025-06-11");
    }
}
