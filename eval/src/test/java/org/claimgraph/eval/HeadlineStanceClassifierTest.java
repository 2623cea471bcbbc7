package org.claimgraph.eval;

import org.claimgraph.eval.HeadlineStanceClassifier.Decision;
import org.claimgraph.eval.HeadlineStanceClassifier.Rule;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Certainty;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Cue;
import org.claimgraph.model.Document;
import org.claimgraph.model.Event;
import org.claimgraph.model.Frame;
import org.claimgraph.model.Mention;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;
import org.claimgraph.model.Stance;
import org.claimgraph.model.StanceKind;
import org.claimgraph.model.Statement;
import org.claimgraph.model.StatementForm;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headline stance rules on invented headlines about invented claims, with the analyses the
 * analyzer would give them built by hand (no model): each rule, and the order they are tried in.
 */
class HeadlineStanceClassifierTest {

    private static final HeadlineStanceClassifier CLASSIFIER = HeadlineStanceClassifier.load();
    private static final String RESIGNED = "The harbour master of Port Elgin resigned";

    /** An invented headline and the statements, claims and events of its analysis. */
    private static final class Headline {
        final String text;
        final List<Statement> statements = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Headline(String text) {
            this.text = text;
        }

        Span span(String words) {
            int at = text.indexOf(words);
            if (at < 0) {
                throw new IllegalArgumentException("\"" + words + "\" is not in \"" + text + "\"");
            }
            return Span.of(text, at, at + words.length());
        }

        /** A statement: speaker (null for none), cue words, cue lemma, content words. */
        Headline statement(String speaker, String cue, String lemma, String content) {
            statements.add(new Statement("s" + (statements.size() + 1),
                    speaker == null ? null : new Mention("org:speaker", span(speaker)), new Cue(span(cue), lemma),
                    span(content), StatementForm.INDIRECT, null, 0.9, null));
            return this;
        }

        Headline claimWithStance(StanceKind kind, String cue) {
            Frame frame = new Frame("org:a", "010", null, null, null, null, span(cue));
            claims.add(new Claim("c1", text, "010", null, "org:a", null,
                    List.of(new Stance("org:b", kind, Certainty.FIRM, null, null, span(cue))), List.of(), List.of(frame)));
            return this;
        }

        Headline event(Modality modality, String trigger) {
            Frame frame = new Frame("org:a", "190", "ASSAULT", "org:b", null, null, span(trigger));
            events.add(new Event("e1", frame, modality, null, -10));
            return this;
        }

        Decision about(String claim) {
            Document document = new Document("h", null, null, null, null, "en", text);
            return CLASSIFIER.classify(claim, new Analysis(document, List.of(), List.of(), List.of(), List.of(), statements, events,
                    claims));
        }
    }

    private static Headline headline(String text) {
        return new Headline(text);
    }

    @Test
    void aHeadlineInItsOwnVoiceIsFor() {
        assertThat(headline("Port Elgin harbour master quits after dredging row").about(RESIGNED))
                .isEqualTo(new Decision(HeadlineStance.FOR, Rule.OWN_VOICE, ""));
    }

    @Test
    void debunkingWordsAreAgainst() {
        assertThat(headline("Harbour master resignation letter was a hoax").about(RESIGNED))
                .isEqualTo(new Decision(HeadlineStance.AGAINST, Rule.DEBUNK_WORD, "hoax"));
        assertThat(headline("Story of Port Elgin resignation not true, union says").about(RESIGNED).evidence())
                .as("the longest phrase").isEqualTo("not true");
    }

    @Test
    void aDenyingCueOfTheAnalysisIsAgainstBeforeAnyWord() {
        Decision d = headline("Port Elgin council denies harbour master resigned")
                .statement("Port Elgin council", "denies", "deny", "harbour master resigned").about(RESIGNED);

        assertThat(d).isEqualTo(new Decision(HeadlineStance.AGAINST, Rule.DENIAL_CUE, "denies"));
        assertThat(headline("Union rejects report that harbour master resigned")
                .statement("Union", "rejects", "reject", "report that harbour master resigned").about(RESIGNED).rule())
                .isEqualTo(Rule.DENIAL_CUE);
    }

    @Test
    void aDeniedClaimOrANegatedEventOfTheAnalysisIsAgainst() {
        assertThat(headline("Council brushes off talk of harbour master exit").claimWithStance(StanceKind.DISMISS,
                "brushes off").about(RESIGNED)).isEqualTo(new Decision(HeadlineStance.AGAINST, Rule.DENIED_CLAIM,
                "brushes off"));
        assertThat(headline("Trawler crew never attacked the coast guard").event(Modality.NEGATED, "attacked")
                .about("A trawler crew attacked the coast guard").rule()).isEqualTo(Rule.NEGATED_EVENT);
    }

    @Test
    void aNegationIsAgainstUnlessTheClaimHasOneToo() {
        assertThat(headline("Harbour master of Port Elgin did not resign").about(RESIGNED))
                .isEqualTo(new Decision(HeadlineStance.AGAINST, Rule.NEGATION, "not"));
        assertThat(headline("Ferry won't run on Sundays this winter").about("The ferry will not run on Sundays"))
                .isEqualTo(new Decision(HeadlineStance.FOR, Rule.OWN_VOICE, ""));
    }

    @Test
    void hedgesAndQuestionsAreObserving() {
        assertThat(headline("Harbour master reportedly resigns over dredging").about(RESIGNED))
                .isEqualTo(new Decision(HeadlineStance.OBSERVING, Rule.HEDGE_WORD, "reportedly"));
        assertThat(headline("Has the Port Elgin harbour master resigned?").about(RESIGNED))
                .isEqualTo(new Decision(HeadlineStance.OBSERVING, Rule.QUESTION, "?"));
        assertThat(headline("Harbour master may not stay, sources hint").about(RESIGNED).rule())
                .as("a hedge holds the negation under it").isEqualTo(Rule.HEDGE_WORD);
    }

    @Test
    void aStatementFromSomeoneTheClaimDoesNotNameIsObserving() {
        Decision d = headline("Harbour master has resigned, dock workers say")
                .statement("dock workers", "say", "say", "Harbour master has resigned").about(RESIGNED);

        assertThat(d).isEqualTo(new Decision(HeadlineStance.OBSERVING, Rule.ATTRIBUTED, "dock workers say"));
    }

    @Test
    void aStatementByTheClaimsSubjectIsFor() {
        Decision d = headline("Harbour master says he is stepping down")
                .statement("Harbour master", "says", "say", "he is stepping down").about(RESIGNED);

        assertThat(d).isEqualTo(new Decision(HeadlineStance.FOR, Rule.SUBJECT_SPEAKS, "Harbour master says"));
    }

    @Test
    void secondHandSourcesAreHearsayEvenWhenTheySign() {
        assertThat(headline("Analysts: harbour master gone by Friday")
                .statement("Analysts", ":", "say", "harbour master gone by Friday").about(RESIGNED))
                .isEqualTo(new Decision(HeadlineStance.OBSERVING, Rule.HEARSAY, "Analysts:"));
        assertThat(headline("Coast guard: harbour master left his post")
                .statement("Coast guard", ":", "say", "harbour master left his post").about(RESIGNED))
                .as("an authority signing states it").isEqualTo(new Decision(HeadlineStance.FOR, Rule.OWN_VOICE, ""));
    }

    @Test
    void guessingCuesAreObservingButFactiveAndActCuesAreNot() {
        assertThat(headline("Fishermen believe the harbour master resigned")
                .statement("Fishermen", "believe", "believe", "the harbour master resigned").about(RESIGNED).rule())
                .isEqualTo(Rule.HEDGED_CUE);
        assertThat(headline("Audit reveals harbour master resigned in March")
                .statement("Audit", "reveals", "reveal", "harbour master resigned in March").about(RESIGNED))
                .isEqualTo(new Decision(HeadlineStance.FOR, Rule.OWN_VOICE, ""));
        assertThat(headline("Mayor vows to replace harbour master who resigned")
                .statement("Mayor", "vows", "vow", "to replace harbour master").about(RESIGNED).stance())
                .isEqualTo(HeadlineStance.FOR);
        assertThat(headline("Harbour master resigns, asks for calm")
                .statement(null, "asks", "ask", "for calm").about(RESIGNED).stance())
                .as("ask is inert").isEqualTo(HeadlineStance.FOR);
    }
}
