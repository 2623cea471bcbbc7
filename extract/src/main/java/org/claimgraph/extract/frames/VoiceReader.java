package org.claimgraph.extract.frames;

import org.claimgraph.model.Actor;
import org.claimgraph.model.Certainty;
import org.claimgraph.model.Claim;
import org.claimgraph.model.Event;
import org.claimgraph.model.Evidence;
import org.claimgraph.model.Frame;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;
import org.claimgraph.model.Stance;
import org.claimgraph.model.StanceKind;
import org.claimgraph.model.Statement;
import org.claimgraph.nlp.AnnotatedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives each frame its voice (DESIGN.md, "the frame and its voice"):
 * <ul>
 *   <li>a frame the outlet states, or that a party to it states firmly ("Lavrov said he supports
 *       holding talks with China"), is an {@link Event} with the frame's modality;</li>
 *   <li>a frame inside what a third party is reported saying, or that anyone denies, doubts or
 *       hedges, joins a {@link Claim} with that speaker's {@link Stance};</li>
 *   <li>a reporting verb that is itself an action ("accused", "denied", "shrugged off") is a speech
 *       event linked to its statement; one with no object takes as target the accused (for an
 *       accusation) or the accuser (for a denial or dismissal);</li>
 *   <li>a statement that only refers back ("the allegation", "rumors") or a dismissal with no content
 *       of its own ("shrugged off U.S. claims") gives its stance to the claim in focus, as does
 *       evidence ("released images").</li>
 * </ul>
 * Frames with the same source and target country and the same CAMEO family are one claim; a frame
 * with no target joins a claim that has one. The claim in focus at a sentence is the most salient
 * claim begun by then (most wordings and stances), the most recent among equals. Thread-safe.
 */
final class VoiceReader {

    private static final Set<StanceKind> CHALLENGES = Set.of(StanceKind.DENY, StanceKind.DISMISS,
            StanceKind.QUESTION, StanceKind.REFUSE);
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "allegation", "accusation", "charge", "report",
            "rumor", "rumour", "assertion", "speculation");

    private final StanceReader stances;
    private final CameoCodes codes;

    VoiceReader(StanceReader stances, CameoCodes codes) {
        this.stances = stances;
        this.codes = codes;
    }

    record Voiced(List<Event> events, List<Claim> claims) {
    }

    Voiced read(AnnotatedText t, List<FoundFrame> frames, List<Statement> statements, List<FoundEvidence> evidence,
                List<Actor> actors) {
        return new Reading(t, statements, actors).read(frames, evidence);
    }

    /** A claim while the document is read. */
    private static final class ClaimDraft {
        final int firstSentence;
        final List<Frame> frames = new ArrayList<>();
        final List<Stance> stances = new ArrayList<>();
        final List<Evidence> evidence = new ArrayList<>();
        final String text;
        String target;

        ClaimDraft(int firstSentence, Frame first, String text) {
            this.firstSentence = firstSentence;
            this.frames.add(first);
            this.target = first.target();
            this.text = text;
        }

        int salience() {
            return frames.size() + stances.size();
        }

        void add(Stance stance) {
            boolean seen = stances.stream().anyMatch(s -> s.actor().equals(stance.actor()) && s.kind() == stance.kind()
                    && Objects.equals(s.statement(), stance.statement()) && s.cue().equals(stance.cue()));
            if (!seen) {
                stances.add(stance);
            }
        }
    }

    /** One document's reading. Not thread-safe. */
    private final class Reading {
        final AnnotatedText t;
        final List<Statement> statements;
        final Map<String, Actor> actors;
        final List<ClaimDraft> claims = new ArrayList<>();
        final List<Event> events = new ArrayList<>();
        /** Statements whose content holds a frame, and the claim it joined (if any). */
        final Map<String, ClaimDraft> claimOfStatement = new java.util.HashMap<>();
        final Set<String> statementsWithFrames = new HashSet<>();

        Reading(AnnotatedText t, List<Statement> statements, List<Actor> actors) {
            this.t = t;
            this.statements = statements;
            this.actors = actors.stream().collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
        }

        Voiced read(List<FoundFrame> frames, List<FoundEvidence> evidence) {
            List<FoundFrame> speech = new ArrayList<>();
            for (FoundFrame f : frames) {
                Optional<Statement> cueOf = statementWithCue(f.frame().trigger());
                Optional<Statement> container = innermostContaining(f.frame().trigger());
                boolean reportingVerb = cueOf.isPresent()
                        || container.isEmpty() && stances.ofCue(lemmaOf(f)).isPresent();
                if (reportingVerb) {
                    speech.add(f);
                } else if (container.isPresent()) {
                    voiceOf(f, container.get());
                } else {
                    event(f.frame(), f.modality(), null);
                }
            }
            referencesBack();
            speech.forEach(this::speechAct);
            for (FoundEvidence e : evidence) {
                focusAt(sentence(e.span().start()))
                        .ifPresent(c -> c.evidence.add(new Evidence(e.kind(), e.by(), e.span())));
            }
            List<Claim> done = new ArrayList<>();
            for (ClaimDraft d : claims) {
                Frame first = d.frames.get(0);
                done.add(new Claim("c" + (done.size() + 1), d.text, first.cameo(), first.plover(), first.source(),
                        d.target, d.stances, d.evidence, d.frames));
            }
            return new Voiced(List.copyOf(events), done);
        }

        /** A frame inside a statement's content: an event when a party states it firmly, else a claim. */
        private void voiceOf(FoundFrame f, Statement s) {
            statementsWithFrames.add(s.id());
            StanceReader.Read stance = stances.of(t, s);
            boolean firm = (stance.kind() == StanceKind.ASSERT || stance.kind() == StanceKind.CONFIRM)
                    && stance.certainty() == Certainty.FIRM;
            if (firm && s.speaker() != null && isParty(s.speaker().actor(), f.frame())) {
                event(f.frame(), f.modality(), s.id());
                return;
            }
            ClaimDraft claim = claimFor(f);
            claimOfStatement.putIfAbsent(s.id(), claim);
            if (s.speaker() != null) {
                claim.add(new Stance(s.speaker().actor(), stance.kind(), stance.certainty(), s.id(), s.time(),
                        s.cue().span()));
            }
        }

        /** Statements with no frame of their own that refer back to a claim, or challenge one. */
        private void referencesBack() {
            for (Statement s : statements) {
                if (statementsWithFrames.contains(s.id()) || s.speaker() == null) {
                    continue;
                }
                StanceReader.Read stance = stances.ofReference(t, s);
                if (refersBack(s.content()) || CHALLENGES.contains(stance.kind())) {
                    focusAt(sentence(s.cue().span().start())).ifPresent(c -> {
                        c.add(new Stance(s.speaker().actor(), stance.kind(), stance.certainty(), s.id(), s.time(),
                                s.cue().span()));
                        claimOfStatement.putIfAbsent(s.id(), c);
                    });
                }
            }
        }

        /**
         * A reporting verb coded as an action: a speech event linked to its statement; a dismissal or
         * denial with no statement ("shrugged off U.S. claims") also gives its stance to the claim in focus.
         */
        private void speechAct(FoundFrame f) {
            Frame frame = f.frame();
            Optional<Statement> statement = statementWithCue(frame.trigger());
            Optional<StanceReader.Read> stance = statement.map(s -> stances.of(t, s)).or(() -> stances.ofCue(lemmaOf(f)));
            Optional<ClaimDraft> claim = statement.map(s -> claimOfStatement.get(s.id()))
                    .or(() -> focusAt(sentence(frame.trigger().start())));
            if (statement.isEmpty() && stance.isPresent() && CHALLENGES.contains(stance.get().kind())) {
                claim.ifPresent(c -> c.add(new Stance(frame.source(), stance.get().kind(), stance.get().certainty(), null,
                        frame.time(), frame.trigger())));
            }
            String target = frame.target();
            if (target == null && stance.isPresent()) {
                target = CHALLENGES.contains(stance.get().kind())
                        ? claim.flatMap(c -> accuser(c, frame.source())).orElse(null)
                        : statement.flatMap(this::accused).filter(a -> !a.equals(frame.source())).orElse(null);
            }
            // a threat, demand, refusal or promise is news even when it names no one it is aimed at
            // ("the union threatened to cut off electricity"); a bare "said" to no one is not
            if (target != null || !frame.cameo().startsWith("01")) {
                event(new Frame(frame.source(), frame.cameo(), frame.plover(), target, frame.time(), frame.place(),
                        frame.trigger()), f.modality(), statement.map(Statement::id).orElse(null));
            }
        }

        /** The first actor who asserts the claim and is not on the challenger's side. */
        private Optional<String> accuser(ClaimDraft c, String challenger) {
            return c.stances.stream().filter(s -> s.kind() == StanceKind.ASSERT && !sameSide(s.actor(), challenger))
                    .map(Stance::actor).findFirst();
        }

        /** Whom a statement accuses: the source of the first claim its content carries. */
        private Optional<String> accused(Statement s) {
            return Optional.ofNullable(claimOfStatement.get(s.id())).map(c -> c.frames.get(0).source());
        }

        private void event(Frame frame, Modality modality, String statement) {
            add(frame, modality, statement);
            if (frame.cameo().equals("042") && frame.target() != null && modality != Modality.NEGATED) {
                // CAMEO codes a visit twice: the visitor makes it (042), the visited hosts it (043)
                add(new Frame(frame.target(), "043", codes.require("043").plover(), frame.source(), frame.time(),
                        frame.place(), frame.trigger()), modality, statement);
            }
        }

        private void add(Frame frame, Modality modality, String statement) {
            boolean seen = events.stream().anyMatch(e -> e.modality() == modality
                    && e.frame().source().equals(frame.source()) && Objects.equals(e.frame().target(), frame.target())
                    && e.frame().cameo().equals(frame.cameo()) && Objects.equals(e.frame().time(), frame.time()));
            if (!seen) {
                events.add(new Event("e" + (events.size() + 1), frame, modality, statement,
                        codes.require(frame.cameo()).goldstein()));
            }
        }

        /** The claim this frame states: one with the same family and source and target countries, or a new one. */
        private ClaimDraft claimFor(FoundFrame f) {
            Frame frame = f.frame();
            for (ClaimDraft c : claims) {
                Frame first = c.frames.get(0);
                boolean targetFits = c.target == null || frame.target() == null
                        || country(c.target).equals(country(frame.target()));
                if (first.family().equals(frame.family()) && country(first.source()).equals(country(frame.source()))
                        && targetFits) {
                    c.frames.add(frame);
                    if (c.target == null) {
                        c.target = frame.target();
                    }
                    return c;
                }
            }
            ClaimDraft c = new ClaimDraft(sentence(frame.trigger().start()), frame, proposition(f));
            claims.add(c);
            return c;
        }

        /** The clause of a frame's verb without what hangs off it (other clauses, punctuation, "that"). */
        private String proposition(FoundFrame f) {
            int verb = f.verb();
            int first = verb;
            int last = verb;
            for (int c : t.children(verb)) {
                String rel = t.relation(c);
                if (Set.of("nsubj", "nsubj:pass", "obj", "iobj", "obl", "aux", "aux:pass", "compound:prt", "advmod",
                        "xcomp").contains(rel)) {
                    first = Math.min(first, t.subtreeFirst(c));
                    last = Math.max(last, t.subtreeLast(c));
                }
            }
            return t.text().substring(t.begin(first), t.end(last));
        }

        private Optional<ClaimDraft> focusAt(int sentence) {
            return claims.stream().filter(c -> c.firstSentence <= sentence)
                    .max(Comparator.comparingInt(ClaimDraft::salience).thenComparingInt(c -> c.firstSentence));
        }

        private boolean refersBack(Span content) {
            int first = t.tokenAt(content.start());
            for (int i = first; i >= 0 && i < t.tokenCount() && t.begin(i) < content.end(); i++) {
                if (CLAIM_NOUNS.contains(t.lemma(i).toLowerCase()) && t.pos(i).startsWith("NN")) {
                    return true;
                }
            }
            return false;
        }

        private Optional<Statement> statementWithCue(Span trigger) {
            return statements.stream().filter(s -> s.cue().span().overlaps(trigger)).findFirst();
        }

        private Optional<Statement> innermostContaining(Span trigger) {
            return statements.stream().filter(s -> s.content().contains(trigger) && !s.cue().span().overlaps(trigger))
                    .min(Comparator.comparingInt(s -> s.content().length()));
        }

        private String lemmaOf(FoundFrame f) {
            int last = t.tokenAt(f.frame().trigger().end() - 1);
            List<String> lemmas = new ArrayList<>();
            for (int i = f.verb(); i <= last; i++) {
                lemmas.add(t.lemma(i).toLowerCase());
            }
            return String.join(" ", lemmas);
        }

        private int sentence(int offset) {
            int tok = t.tokenAt(offset);
            return tok < 0 ? t.sentences().size() - 1 : t.sentenceOf(tok).index();
        }

        /**
         * Whether the speaker speaks for a party to the frame: its source, or of the source's country;
         * or its target when the act is cooperative (KCNA reporting talks with Lavrov). A target
         * that reports a hostile act done to it alleges it: "Icelandic claims that Norwegian ships
         * detained Icelandic trawlers" stays a claim.
         */
        private boolean isParty(String speaker, Frame frame) {
            return sameSide(speaker, frame.source()) || frame.target() != null && sameSide(speaker, frame.target())
                    && codes.require(frame.cameo()).goldstein() >= 0;
        }

        private boolean sameSide(String a, String b) {
            return a.equals(b) || country(a).equals(country(b));
        }

        /** The actor's country, or its id when it has none. */
        private String country(String actor) {
            Actor a = actors.get(actor);
            return a == null || a.country() == null ? actor : a.country();
        }
    }
}
