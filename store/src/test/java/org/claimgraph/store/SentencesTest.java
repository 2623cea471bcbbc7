package org.claimgraph.store;

import org.claimgraph.model.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

    private static String around(String text, String words) {
        int at = text.indexOf(words);
        return Sentences.around(text, Span.of(text, at, at + words.length()));
    }

    @Test
    void theSentenceAroundASpan() {
        String text = "Talks ended on Monday. The minister denied the report. Nobody else spoke.";
        assertThat(around(text, "denied")).isEqualTo("The minister denied the report.");
        assertThat(around(text, "Talks")).isEqualTo("Talks ended on Monday.");
        assertThat(around(text, "spoke")).isEqualTo("Nobody else spoke.");
    }

    @Test
    void titlesInitialsAndAcronymsDoNotEndASentence() {
        String text = "It rained. Mr. Oran shrugged off U.S. claims that J. Smith had left. Then he went home.";
        assertThat(around(text, "shrugged off")).isEqualTo("Mr. Oran shrugged off U.S. claims that J. Smith had left.");
    }

    @Test
    void aQuotationEndsWithItsClosingMarkAndALineBreakEndsAParagraph() {
        String text = "Headline without a stop\n“We deny it.” Then silence.";
        assertThat(around(text, "deny")).isEqualTo("“We deny it.”");
        assertThat(around(text, "without")).isEqualTo("Headline without a stop");
    }

    @Test
    void aVeryLongSentenceIsCut() {
        String text = "word ".repeat(400) + "denied " + "word ".repeat(400);
        String sentence = around(text, "denied");
        assertThat(sentence).contains("denied").hasSizeLessThanOrEqualTo(600);
    }

    @Test
    void spansAtTheEdgesOfTheText() {
        assertThat(Sentences.around("Denied.", Span.of("Denied.", 0, 0))).isEqualTo("Denied.");
        assertThat(Sentences.around("Denied.", Span.of("Denied.", 7, 7))).isEqualTo("Denied.");
    }
}
