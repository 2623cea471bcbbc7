package org.claimgraph.nlp;

import org.claimgraph.nlp.FirstNames.Gender;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The first-name list from CoreNLP's models jar. Mission: attribution (he and she resolve to the right speaker). */
class FirstNamesTest {

    @Test
    void aListedNameTellsItsGenderInAnyCase() {
        assertThat(FirstNames.gender("Anna")).contains(Gender.FEMALE);
        assertThat(FirstNames.gender("LARS")).contains(Gender.MALE);
    }

    @Test
    void aNameListedForBothOrNotListedTellsNothing() {
        assertThat(FirstNames.gender("Jordan")).isEmpty(); // listed as a woman's and a man's name
        assertThat(FirstNames.gender("Norland")).isEmpty();
        assertThat(FirstNames.gender("")).isEmpty();
    }
}
