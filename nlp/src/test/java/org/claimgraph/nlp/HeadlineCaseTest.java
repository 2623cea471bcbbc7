package org.claimgraph.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which sentences are title-cased, and which of their words lose their capital; no models. */
class HeadlineCaseTest {

    private static List<String> words(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    private static List<String> outside(List<String> words) {
        return words.stream().map(w -> "O").toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Minister Says Norland Moved Troops To The Border .",
            "Long-Time Leaders of the Coalition Unite Behind Anna Berg .",
            "Trade Talks Will Resume , Anna Berg Says ."})
    void headlinesAreTitleCased(String sentence) {
        assertThat(HeadlineCase.titleCased(words(sentence))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The minister said on Friday that Norland had moved troops .",
            "NORLAND MOVES TROOPS TO THE BORDER .",
            "Anna Berg Says .",
            "Foreign Minister Anna Berg met Olaf Lund in Oslo and Bergen on Monday .",
            "U.N. Secretary-General Ingrid Halvorsen visited Chile .",
            ""})
    void ordinarySentencesShortOnesAndCapitalsAreNot(String sentence) {
        assertThat(HeadlineCase.titleCased(words(sentence))).isFalse();
    }

    @Test
    void commonWordsLoseTheirCapitalNamesKeepIt() {
        HeadlineCase evidence = HeadlineCase.of(List.of(
                words("Minister Says Norland Moved Troops To The Border ."),
                words("The minister said on Friday that Norland had moved troops to the border ."),
                words("A spokesman for Norland says the troops moved .")));
        List<String> headline = words("Minister Says Norland Moved Troops To The Border .");

        assertThat(evidence.truecased(headline, outside(headline)))
                .containsExactly("minister", "says", "Norland", "moved", "troops", "to", "the", "border", ".");
    }

    @Test
    void unseenWordsKeepTheirCapitalOnlyAsEntitiesAndAcronymsOrInnerCapitalsAlways() {
        HeadlineCase evidence = HeadlineCase.of(List.of(words("Nothing else is written here .")));
        List<String> headline = words("McCain Backs GOP Plan Of Anna Berg");
        List<String> entities = List.of("PERSON", "O", "ORGANIZATION", "O", "O", "PERSON", "PERSON");

        assertThat(evidence.truecased(headline, entities))
                .containsExactly("McCain", "backs", "GOP", "plan", "of", "Anna", "Berg");
    }

    @Test
    void anOpeningLabelKeepsItsCase() {
        HeadlineCase evidence = HeadlineCase.of(List.of(words("The poll was published on Friday .")));
        List<String> headline = words("Poll : Voters Back The Treaty");

        assertThat(evidence.truecased(headline, outside(headline)))
                .containsExactly("Poll", ":", "voters", "back", "the", "treaty");
    }

    @Test
    void aSentenceWithNothingToLowerIsReturnedAsItIs() {
        HeadlineCase evidence = HeadlineCase.of(List.of(words("Anna Berg met Olaf Lund .")));
        List<String> headline = words("Anna Berg , Olaf Lund");

        assertThat(evidence.truecased(headline, List.of("PERSON", "PERSON", "O", "PERSON", "PERSON"))).isSameAs(headline);
    }
}
