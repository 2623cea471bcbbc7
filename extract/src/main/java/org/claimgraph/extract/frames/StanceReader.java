package org.claimgraph.extract.frames;

import org.claimgraph.extract.statements.CueEntry;
import org.claimgraph.extract.statements.CueLexicon;
import org.claimgraph.extract.statements.CueStance;
import org.claimgraph.extract.statements.Negation;
import org.claimgraph.model.Certainty;
import org.claimgraph.model.Statement;
import org.claimgraph.model.StanceKind;
import org.claimgraph.nlp.AnnotatedText;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The stance a statement's cue expresses, from the cue lexicon: ASSERT and CONTEST cues assert,
 * the others give their own kind; hedged cues ("believes") give a hedged stance; a negated cue turns
 * the stance ("didn't deny" leans to confirming, hedged). A content that only refers back may
 * override it: "failed to prove the allegation" questions it, "I don't comment on rumors" refuses.
 * Thread-safe.
 */
final class StanceReader {

    /** What a cue's stance becomes when the cue is negated. */
    private static final java.util.Map<StanceKind, StanceKind> NEGATED = java.util.Map.of(
            StanceKind.ASSERT, StanceKind.QUESTION, StanceKind.CONFIRM, StanceKind.REFUSE,
            StanceKind.DENY, StanceKind.CONFIRM, StanceKind.DISMISS, StanceKind.CONFIRM,
            StanceKind.QUESTION, StanceKind.ASSERT, StanceKind.REFUSE, StanceKind.ASSERT);
    private static final Set<String> PROOF = Set.of("prove", "substantiate", "back", "support", "evidence", "proof",
            "show", "demonstrate");
    /** Words that deny the proof that follows: "failed to prove", "has not shown", "without evidence". */
    private static final Set<String> LACK = Set.of("fail", "no", "without", "not", "n't", "never");

    /** A stance kind and how firmly it is taken. */
    record Read(StanceKind kind, Certainty certainty) {
    }

    private final CueLexicon cues;

    StanceReader(CueLexicon cues) {
        this.cues = cues;
    }

    /** The stance of a cue lemma ("deny", "shrug off"), if the cue lexicon lists it. */
    Optional<Read> ofCue(String lemma) {
        return entry(lemma).or(() -> entry(lemma.split(" ")[0])).map(e -> new Read(kind(e.stance()), e.hedged() ? Certainty.HEDGED : Certainty.FIRM));
    }

    /** The stance the statement takes on what its content says. */
    Read of(AnnotatedText t, Statement s) {
        Read read = ofCue(s.cue().lemma()).orElse(new Read(StanceKind.ASSERT, Certainty.FIRM));
        int cue = cueVerb(t, s);
        if (cue >= 0 && Negation.negated(t, cue)) {
            return new Read(NEGATED.get(read.kind()), Certainty.HEDGED);
        }
        return read;
    }

    /** The stance of a statement whose content only refers back to a claim ("failed to prove the allegation"). */
    Read ofReference(AnnotatedText t, Statement s) {
        int first = t.tokenAt(s.content().start());
        int last = t.tokenAt(Math.max(s.content().start(), s.content().end() - 1));
        for (int i = first; i >= 0 && i <= last; i++) {
            String lemma = t.lemma(i).toLowerCase();
            if (LACK.contains(lemma)) {
                for (int j = i + 1; j <= Math.min(last, i + 6); j++) {
                    if (PROOF.contains(t.lemma(j).toLowerCase())) {
                        return new Read(StanceKind.QUESTION, Certainty.FIRM);
                    }
                }
            }
            if (lemma.equals("comment") && (i > first && List.of("not", "n't", "no").contains(t.lemma(i - 1).toLowerCase())
                    || Negation.negated(t, i))) {
                return new Read(StanceKind.REFUSE, Certainty.FIRM);
            }
        }
        return of(t, s);
    }

    private int cueVerb(AnnotatedText t, Statement s) {
        int tok = t.tokenAt(s.cue().span().start());
        while (tok >= 0 && tok < t.tokenCount() && t.begin(tok) < s.cue().span().end()) {
            if (ClauseReader.isVerb(t, tok)) {
                return tok;
            }
            tok++;
        }
        return -1;
    }

    private Optional<CueEntry> entry(String lemma) {
        return cues.findAt(List.of(lemma.split(" ")), 0).filter(e -> e.lemma().equals(lemma));
    }

    private static StanceKind kind(CueStance stance) {
        return switch (stance) {
            case ASSERT, CONTEST -> StanceKind.ASSERT;
            case DENY -> StanceKind.DENY;
            case DISMISS -> StanceKind.DISMISS;
            case QUESTION -> StanceKind.QUESTION;
            case REFUSE -> StanceKind.REFUSE;
            case CONFIRM -> StanceKind.CONFIRM;
        };
    }
}
