package org.claimgraph.eval;

import org.claimgraph.model.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Exact and overlap matching of one gold and one predicted span, discontinuous gold spans, Jaccard. */
class MatchingTest {

    private final Fixture f = new Fixture("Anna Berg said that “the harbour will close.” "
            + "\"It is over,\" Berg added, \"for good.\" Berg said so.");

    @Test
    void exactIgnoresQuotesEndPunctuationAndALeadingThatButNotWords() {
        GoldSpan gold = f.gold("that “the harbour will close.”");

        assertThat(Matching.EXACT.score(gold, f.span("the harbour will close"), Role.CONTENT)).isPositive();
        assertThat(Matching.EXACT.score(gold, f.span("“the harbour will close.”"), Role.CONTENT)).isPositive();
        assertThat(Matching.EXACT.score(gold, f.span("the harbour will"), Role.CONTENT)).isEqualTo(Matching.NO_MATCH);
        assertThat(Matching.EXACT.score(gold, f.span("said that “the harbour will close"), Role.CONTENT))
                .isEqualTo(Matching.NO_MATCH);
    }

    @Test
    void exactNeedsTheSamePlaceNotOnlyTheSameWords() {
        GoldSpan said = f.gold("said");

        assertThat(Matching.EXACT.score(said, f.span("said"), Role.CUE)).isEqualTo(1.0);
        assertThat(Matching.EXACT.score(said, f.span("said", 2), Role.CUE)).isEqualTo(Matching.NO_MATCH);
        assertThat(Matching.OVERLAP.score(said, f.span("said", 2), Role.CUE)).isEqualTo(Matching.NO_MATCH);
    }

    @Test
    void overlapNeedsACharacterJaccardOfAtLeastAHalf() {
        GoldSpan gold = f.gold("the harbour will close"); // 22 characters

        assertThat(Matching.OVERLAP.score(gold, f.span("the harbour will"), Role.CONTENT)).isEqualTo(16 / 22.0);
        assertThat(Matching.OVERLAP.score(gold, f.span("the harbour"), Role.CONTENT)).isEqualTo(11 / 22.0);
        assertThat(Matching.OVERLAP.score(gold, f.span("the harbou"), Role.CONTENT)).isEqualTo(Matching.NO_MATCH);
        assertThat(Matching.EXACT.score(gold, f.span("the harbour will"), Role.CONTENT)).isEqualTo(Matching.NO_MATCH);
    }

    @Test
    void aDiscontinuousGoldSpanMatchesItsCoverOrItsPiecesJoined() {
        GoldSpan quote = f.gold("\"It is over,\"", "\"for good.\"");

        assertThat(quote.cover().text()).isEqualTo("\"It is over,\" Berg added, \"for good.\"");
        assertThat(quote.fragmentText()).isEqualTo("\"It is over,\" \"for good.\"");
        assertThat(Matching.EXACT.score(quote, f.span("\"It is over,\" Berg added, \"for good.\""), Role.CONTENT))
                .isEqualTo(1.0);
        assertThat(Matching.EXACT.score(quote, f.span("It is over,\" Berg added, \"for good"), Role.CONTENT))
                .isPositive();
        assertThat(Matching.EXACT.score(quote, f.span("\"It is over,\""), Role.CONTENT)).isEqualTo(Matching.NO_MATCH);
        // overlap compares covering spans: one piece of two is less than half the cover
        assertThat(Matching.OVERLAP.score(quote, f.span("\"It is over,\""), Role.CONTENT)).isEqualTo(Matching.NO_MATCH);
    }

    @Test
    void piecesAcrossALineBreakMatchOnePredictionOverBoth() {
        Fixture g = new Fixture("He said the talks had failed\n\nand would not resume. Then he left.");
        GoldSpan pieces = g.gold("the talks had failed", "and would not resume");

        assertThat(SpanText.normalize(pieces.fragmentText(), Role.CONTENT))
                .isEqualTo("the talks had failed and would not resume");
        assertThat(Matching.EXACT.score(pieces, g.span("the talks had failed\n\nand would not resume."), Role.CONTENT))
                .isEqualTo(42 / 43.0);
    }

    @Test
    void jaccardOfDisjointNestedAndEmptySpans() {
        assertThat(Matching.jaccard(new Span(0, 4, "abcd"), new Span(4, 8, "efgh"))).isZero();
        assertThat(Matching.jaccard(new Span(0, 4, "abcd"), new Span(1, 3, "bc"))).isEqualTo(0.5);
        assertThat(Matching.jaccard(new Span(0, 4, "abcd"), new Span(2, 6, "cdef"))).isEqualTo(2 / 6.0);
        assertThat(Matching.jaccard(new Span(3, 3, ""), new Span(3, 3, ""))).isZero();
    }
}
