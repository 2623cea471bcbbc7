package org.claimgraph.eval;

import org.claimgraph.eval.StanceWords.Signal;
import org.claimgraph.extract.statements.CueContent;
import org.claimgraph.extract.statements.CueEntry;
import org.claimgraph.extract.statements.CueLexicon;
import org.claimgraph.extract.statements.CueStance;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Event;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Stance;
import org.claimgraph.model.StanceKind;
import org.claimgraph.model.Statement;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tells where a headline stands on a claim — {@link HeadlineStance for, against or observing} — from
 * claimgraph's analysis of the headline and a few words of {@code stance-words.tsv}. Rules, no
 * training; the first that applies decides:
 * <ol>
 *   <li>against when the analysis has the headline deny it: a statement whose cue denies, dismisses
 *       or questions ("Port authority denies …"), a claim with such a stance, a negated event;</li>
 *   <li>against when the headline calls it false ("hoax", "fake", "not true", "debunked");</li>
 *   <li>observing when the headline hedges ("reportedly", "rumour", "may"): a hedge holds a negation
 *       under it too ("may not");</li>
 *   <li>against when the headline negates ("not", "n't", "never") and the claim does not;</li>
 *   <li>observing when the headline asks ("?");</li>
 *   <li>observing when the analysis attributes it: a statement by a second-hand source ("Reports:
 *       …", "officials say"), a statement with a guessing or contesting cue ("believes", "claims"),
 *       or any other relayed statement ("X says …") unless X is named in the claim — then the
 *       headline reports the claim's own subject saying it, which is the claim;</li>
 *   <li>otherwise for: the headline states it in its own voice.</li>
 * </ol>
 * Statements whose cue presents its content as fact ("reveals", "confirms") or reports an act rather
 * than a proposition ("vows to", "attacks") do not make a headline observing. Immutable and
 * thread-safe.
 */
public final class HeadlineStanceClassifier {

    /** The rule that decided, in the order they are tried. */
    public enum Rule {
        /** a statement of the headline denies, dismisses or questions: "Port authority denies …" */ DENIAL_CUE(HeadlineStance.AGAINST),
        /** a claim of the analysis has a denying, dismissing or questioning stance */ DENIED_CLAIM(HeadlineStance.AGAINST),
        /** an event of the analysis is negated: "did not attack" */ NEGATED_EVENT(HeadlineStance.AGAINST),
        /** a debunking word: "hoax", "not true" */ DEBUNK_WORD(HeadlineStance.AGAINST),
        /** a hedging word: "reportedly", "may" */ HEDGE_WORD(HeadlineStance.OBSERVING),
        /** a negation the claim does not have */ NEGATION(HeadlineStance.AGAINST),
        /** a question mark */ QUESTION(HeadlineStance.OBSERVING),
        /** a statement by a second-hand source: "Reports: …", "officials say" */ HEARSAY(HeadlineStance.OBSERVING),
        /** a statement with a guessing or contesting cue: "believes", "claims" */ HEDGED_CUE(HeadlineStance.OBSERVING),
        /** a statement relayed from someone the claim does not name */ ATTRIBUTED(HeadlineStance.OBSERVING),
        /** a statement by someone the claim names: the claim's subject says it */ SUBJECT_SPEAKS(HeadlineStance.FOR),
        /** nothing else: the headline says it in its own voice */ OWN_VOICE(HeadlineStance.FOR);

        private final HeadlineStance stance;

        Rule(HeadlineStance stance) {
            this.stance = stance;
        }

        public HeadlineStance stance() {
            return stance;
        }
    }

    /**
     * A classification and why.
     *
     * @param rule     the rule that decided
     * @param evidence the words it went by ("hoax", "denies", "officials say"), or "" for {@link Rule#OWN_VOICE}
     */
    public record Decision(HeadlineStance stance, Rule rule, String evidence) {

        public Decision {
            Objects.requireNonNull(stance, "stance");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(evidence, "evidence");
        }

        static Decision of(Rule rule, String evidence) {
            return new Decision(rule.stance(), rule, evidence);
        }
    }

    private static final Set<StanceKind> AGAINST_KINDS = Set.of(StanceKind.DENY, StanceKind.DISMISS, StanceKind.QUESTION);

    private final CueLexicon cues;
    private final StanceWords words;

    HeadlineStanceClassifier(CueLexicon cues, StanceWords words) {
        this.cues = cues;
        this.words = words;
    }

    /** Loads the cue lexicon and the stance words (milliseconds; no model). */
    public static HeadlineStanceClassifier load() {
        return new HeadlineStanceClassifier(CueLexicon.load(), StanceWords.load());
    }

    /**
     * Where the analysed headline stands on the claim.
     *
     * <pre>{@code
     * Analysis a = analyzer.analyze(new Document("h1", null, null, null, null, "en",
     *         "Port authority denies harbour master resigned"));
     * classifier.classify("The harbour master resigned", a).stance();   // AGAINST, by DENIAL_CUE
     * }</pre>
     *
     * @param claim    the claim as a sentence
     * @param headline the analysis of the headline as a document of its own
     */
    public Decision classify(String claim, Analysis headline) {
        String text = headline.document().text();
        List<String> tokens = StanceWords.tokens(text);
        List<String> claimTokens = StanceWords.tokens(claim);

        Optional<Decision> analysed = denial(headline);
        if (analysed.isPresent()) {
            return analysed.get();
        }
        Optional<String> debunk = words.find(Signal.DEBUNK, tokens);
        if (debunk.isPresent()) {
            return Decision.of(Rule.DEBUNK_WORD, debunk.get());
        }
        Optional<String> hedge = words.find(Signal.HEDGE, tokens);
        if (hedge.isPresent()) {
            return Decision.of(Rule.HEDGE_WORD, hedge.get());
        }
        Optional<String> negation = words.find(Signal.NEGATION, tokens);
        if (negation.isPresent() && words.find(Signal.NEGATION, claimTokens).isEmpty()) {
            return Decision.of(Rule.NEGATION, negation.get());
        }
        if (tokens.contains("?")) {
            return Decision.of(Rule.QUESTION, "?");
        }
        return attribution(headline, new HashSet<>(claimTokens));
    }

    /** A statement, claim or event of the analysis that denies what the headline reports. */
    private Optional<Decision> denial(Analysis headline) {
        for (Statement s : headline.statements()) {
            Optional<CueEntry> cue = cue(s);
            boolean aboutAnObject = cue.isPresent()
                    && (cue.get().content() == CueContent.OBJECT || cue.get().content() == CueContent.NOUN_OBJECT);
            if (cue.isPresent() && !aboutAnObject
                    && (cue.get().stance() == CueStance.DENY || cue.get().stance() == CueStance.DISMISS
                    || cue.get().stance() == CueStance.QUESTION) && !words.has(Signal.INERT, cue.get().lemma())) {
                return Optional.of(Decision.of(Rule.DENIAL_CUE, s.cue().span().text()));
            }
        }
        for (Claim c : headline.claims()) {
            for (Stance s : c.stances()) {
                if (AGAINST_KINDS.contains(s.kind())) {
                    return Optional.of(Decision.of(Rule.DENIED_CLAIM, s.cue().text()));
                }
            }
        }
        for (Event e : headline.events()) {
            if (e.modality() == Modality.NEGATED) {
                return Optional.of(Decision.of(Rule.NEGATED_EVENT, e.frame().trigger().text()));
            }
        }
        return Optional.empty();
    }

    /**
     * Observing when a statement relays the claim from someone else, for otherwise. A headline signed
     * with a colon ("Coast guard: …") is the signer's statement; only a second-hand signer
     * ("Reports: …") makes it hearsay, since headlines sign facts with their authority too.
     */
    private Decision attribution(Analysis headline, Set<String> claimWords) {
        Decision subject = null;
        for (Statement s : headline.statements()) {
            List<String> speaker = s.speaker() == null ? List.of() : StanceWords.tokens(s.speaker().span().text());
            boolean signed = s.cue().span().text().strip().equals(":");
            String said = s.speaker() == null ? s.cue().span().text().strip()
                    : s.speaker().span().text() + (signed ? ":" : " " + s.cue().span().text().strip());
            if (speaker.stream().anyMatch(w -> words.has(Signal.SOURCE, w))) {
                return Decision.of(Rule.HEARSAY, said);
            }
            Optional<CueEntry> cue = cue(s);
            boolean relays = cue.isPresent() && (cue.get().content() == CueContent.CLAUSE || cue.get().content() == CueContent.NOUN)
                    && cue.get().stance() != CueStance.CONFIRM && !words.has(Signal.FACTIVE, cue.get().lemma())
                    && !words.has(Signal.INERT, cue.get().lemma());
            if (signed || !relays) {
                continue;
            }
            if (cue.get().hedged() || cue.get().stance() == CueStance.CONTEST) {
                return Decision.of(Rule.HEDGED_CUE, said);
            }
            boolean named = speaker.stream().anyMatch(w -> !words.has(Signal.FUNCTION, w) && claimWords.contains(w));
            if (!named) {
                return Decision.of(Rule.ATTRIBUTED, said);
            }
            if (subject == null) {
                subject = Decision.of(Rule.SUBJECT_SPEAKS, said);
            }
        }
        return subject != null ? subject : Decision.of(Rule.OWN_VOICE, "");
    }

    private Optional<CueEntry> cue(Statement s) {
        String lemma = s.cue().lemma();
        return cues.findAt(List.of(lemma.split(" ")), 0).filter(e -> e.lemma().equals(lemma));
    }
}
