package org.claimgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Actor}: the CAMEO-style code from country and sector, and the record's validation. */
class ActorTest {

    @Test
    void codeOfCountryAndSectorIsBothJoined() {
        assertThat(Actor.code("RUS", Sector.GOV)).isEqualTo("RUSGOV");
        assertThat(Actor.code("PRK", Sector.MIL)).isEqualTo("PRKMIL");
    }

    @Test
    void codeOfCountryOnlyIsTheCountry() {
        assertThat(Actor.code("KOR", null)).isEqualTo("KOR");
    }

    @Test
    void codeOfSectorOnlyIsTheSector() {
        assertThat(Actor.code(null, Sector.NGO)).isEqualTo("NGO");
    }

    @Test
    void codeOfNeitherIsNull() {
        assertThat(Actor.code(null, null)).isNull();
    }

    @Test
    void aliasesAreCopied() {
        List<String> aliases = new ArrayList<>(List.of("Lavrov"));
        Actor actor = new Actor("person:sergey-lavrov", "Sergey Lavrov", ActorKind.PERSON, "RUS", Sector.GOV,
                "RUSGOV", aliases);

        aliases.add("the minister");

        assertThat(actor.aliases()).containsExactly("Lavrov");
        assertThatThrownBy(() -> actor.aliases().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void idNameAndKindAreRequired() {
        assertThatThrownBy(() -> new Actor(null, "n", ActorKind.STATE, null, null, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> new Actor("i", null, ActorKind.STATE, null, null, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> new Actor("i", "n", null, null, null, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
    }
}
