package org.claimgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Analysis}: finding an actor by id, and the lists copied so the record stays immutable. */
class AnalysisTest {

    private static final String TEXT = "Seoul said Pyongyang lied.";
    private static final Actor SEOUL = new Actor("state:KOR", "South Korea", ActorKind.STATE, "KOR", null, "KOR",
            List.of("Seoul"));
    private static final Actor PYONGYANG = new Actor("state:PRK", "North Korea", ActorKind.STATE, "PRK", null, "PRK",
            List.of("Pyongyang"));

    private static Analysis analysis(List<Actor> actors) {
        return new Analysis(Document.of(TEXT, null, null, null, null), actors, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void findActorReturnsTheActorWithThatId() {
        Analysis a = analysis(List.of(SEOUL, PYONGYANG));

        assertThat(a.findActor("state:PRK")).contains(PYONGYANG);
        assertThat(a.findActor("state:KOR")).contains(SEOUL);
    }

    @Test
    void findActorIsEmptyForAnUnknownId() {
        assertThat(analysis(List.of(SEOUL)).findActor("state:PRK")).isEmpty();
        assertThat(analysis(List.of()).findActor("state:KOR")).isEmpty();
    }

    @Test
    void listsAreCopied() {
        List<Actor> actors = new ArrayList<>(List.of(SEOUL));
        Analysis a = analysis(actors);

        actors.add(PYONGYANG);

        assertThat(a.actors()).containsExactly(SEOUL);
        assertThat(a.findActor("state:PRK")).isEmpty();
    }

    @Test
    void documentIsRequired() {
        assertThatThrownBy(() -> new Analysis(null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("document");
    }
}
