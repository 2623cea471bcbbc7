package org.claimgraph.eval;

import org.claimgraph.model.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentence around a span for error lists. */
class SentenceContextTest {

    @Test
    void fromThePreviousSentenceEndToTheNextPeriod() {
        Fixture f = new Fixture("The port shut. Anna Berg said the port would reopen soon, Berg added. Then rain.");

        assertThat(SentenceContext.around(f.text, f.span("said")))
                .isEqualTo("Anna Berg said the port would reopen soon, Berg added.");
    }

    @Test
    void thePeriodOfATitleOrAnInitialEndsNoSentence() {
        Fixture f = new Fixture("The port shut. Mr. Dahl told U.S. officials the port would reopen, Ann B. Lee said. Then rain.");

        assertThat(SentenceContext.around(f.text, f.span("told")))
                .isEqualTo("Mr. Dahl told U.S. officials the port would reopen, Ann B. Lee said.");
        assertThat(SentenceContext.around(f.text, f.span("Lee"))).startsWith("Mr. Dahl told");
    }

    @Test
    void lineBreaksEndSentencesAndQuestionMarksStartThem() {
        Fixture f = new Fixture("Headline\nWho knew? Nobody did, she said\nNext paragraph.");

        assertThat(SentenceContext.around(f.text, f.span("she"))).isEqualTo("Nobody did, she said");
    }

    @Test
    void aSpanEndingWithAPeriodEndsItsContext() {
        Fixture f = new Fixture("He left. “It is over.” Then nothing.");

        assertThat(SentenceContext.around(f.text, f.span("“It is over.”"))).isEqualTo("“It is over.”");
        assertThat(SentenceContext.around(f.text, f.span("It is over."))).isEqualTo("“It is over.");
    }

    @Test
    void whitespaceIsCollapsedAndTheContextCappedAt400() {
        String longSentence = "word ".repeat(300) + "said\tthe   end.";
        Fixture f = new Fixture("Start. " + longSentence);
        String context = SentenceContext.around(f.text, f.span("said"));

        assertThat(context).hasSizeLessThanOrEqualTo(SentenceContext.MAX_CHARS).contains("said the end.")
                .doesNotContain("\t", "  ");
    }

    @Test
    void aSpanAtTheVeryStartOrEnd() {
        String text = "said it";
        assertThat(SentenceContext.around(text, new Span(0, 4, "said"))).isEqualTo("said it");
        assertThat(SentenceContext.around(text, new Span(5, 7, "it"))).isEqualTo("said it");
    }
}
