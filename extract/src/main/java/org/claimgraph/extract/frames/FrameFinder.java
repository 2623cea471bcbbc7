package org.claimgraph.extract.frames;

import org.claimgraph.extract.statements.Negation;
import org.claimgraph.model.Frame;
import org.claimgraph.model.Granularity;
import org.claimgraph.model.Modality;
import org.claimgraph.model.Span;
import org.claimgraph.model.TimeRef;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.Sentence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds frames: every verb of a parsed sentence that starts an {@link ActionLexicon} pattern whose
 * object fits, with its source (the subject's actor), its targets (object or prepositional object:
 * "to Russia", "with North Korea and China" gives one frame per target), its time (a time expression
 * of its clause), place and trigger (the verb and its particle). A verb whose source names no actor
 * gives no frame. An intended action takes its intent code (see {@link CameoCodes#intended}); an
 * intent verb whose complement is itself an action ("supports holding talks") leaves the frame to
 * the complement. Sentences the cascade did not parse are skipped. Thread-safe.
 */
public final class FrameFinder {

    private final ActionLexicon lexicon;
    private final CameoCodes codes;

    public FrameFinder(ActionLexicon lexicon, CameoCodes codes) {
        this.lexicon = lexicon;
        this.codes = codes;
    }

    /** The frames of a document, in text order. */
    List<FoundFrame> find(AnnotatedText text, ActorResolver resolver, List<TimeRef> times) {
        List<FoundFrame> frames = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (sentence.parsed()) {
                findIn(text, sentence, resolver, times, frames);
            }
        }
        return frames;
    }

    private record Match(int verb, int last, Action action) {
    }

    private void findIn(AnnotatedText t, Sentence s, ActorResolver resolver, List<TimeRef> times,
                        List<FoundFrame> out) {
        List<String> lemmas = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            lemmas.add(t.lemma(i).toLowerCase());
        }
        List<Match> matches = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!ClauseReader.isVerb(t, i)) {
                continue;
            }
            Set<String> object = ClauseReader.objectLemmas(t, i);
            int from = i - s.firstToken();
            for (Action a : lexicon.candidatesAt(lemmas, from)) {
                if (a.fits(object)) {
                    matches.add(new Match(i, i + a.lemmas().size() - 1, a));
                    break;
                }
            }
        }
        for (Match m : matches) {
            if (!governsMatch(t, m, matches)) {
                read(t, m, resolver, times, out);
            }
        }
    }

    /** Whether the match is an intent verb whose complement is itself a match: "supports holding talks". */
    private static boolean governsMatch(AnnotatedText t, Match m, List<Match> matches) {
        // a refusal governs what it refuses: "refused to meet" is a rejection, not a meeting
        return ClauseReader.object(t, m.verb()) < 0 && !m.action().cameo().startsWith("12") && matches.stream()
                .anyMatch(o -> t.head(o.verb()) == m.verb() && "xcomp".equals(t.relation(o.verb())));
    }

    private void read(AnnotatedText t, Match m, ActorResolver resolver, List<TimeRef> times, List<FoundFrame> out) {
        Set<String> sources = new LinkedHashSet<>();
        for (int head : ClauseReader.subjects(t, m.verb())) {
            resolver.sourceAt(head).ifPresent(sources::add);
        }
        if (sources.isEmpty()) {
            nameJustBefore(t, m.verb(), resolver).ifPresent(sources::add);
        }
        if (sources.isEmpty()) {
            return;
        }
        Optional<TimeRef> time = time(t, m.verb(), times);
        Modality modality = modality(t, m.verb(), time);
        String cameo = modality == Modality.INTENDED ? CameoCodes.intended(m.action().cameo()) : m.action().cameo();
        if (modality == Modality.INTENDED && ClauseReader.unless(t, m.verb())) {
            // "will withdraw its troops unless …": an action promised on a condition is a threat (CAMEO 13)
            cameo = CameoCodes.threatened(m.action().cameo());
        }
        String plover = codes.require(cameo).plover();
        Span trigger = trigger(t, m);
        String place = place(t, m.verb());
        String when = time.map(TimeRef::value).orElse(null);
        for (String source : sources) {
            List<String> targets = targets(t, m.verb(), sources, resolver);
            if (targets.isEmpty() && sources.size() > 1) {
                // "Lavrov and Kim exchanged views": each is the other's target
                targets = sources.stream().filter(x -> !x.equals(source)).toList();
            }
            if (targets.isEmpty()) {
                targets = fallbackTarget(t, m.verb(), source, resolver);
            }
            if (targets.isEmpty()) {
                out.add(new FoundFrame(new Frame(source, cameo, plover, null, when, place, trigger), m.verb(), modality));
            }
            for (String target : targets) {
                out.add(new FoundFrame(new Frame(source, cameo, plover, target, when, place, trigger), m.verb(), modality));
            }
        }
    }

    /**
     * The actor named in the three words before a verb the parser left without a subject: "weapons
     * North Korean provided" (a reduced relative clause the parser often splits).
     */
    private static Optional<String> nameJustBefore(AnnotatedText t, int verb, ActorResolver resolver) {
        int first = t.sentenceOf(verb).firstToken();
        for (int i = verb - 1; i >= Math.max(first, verb - 3); i--) {
            if (ClauseReader.isVerb(t, i) || t.pos(i).matches("\\p{Punct}+|,|\\.|:")) {
                return Optional.empty();
            }
            Optional<String> a = resolver.actorAt(i);
            if (a.isPresent() && !t.pos(i).startsWith("PRP")) {
                return a;
            }
        }
        return Optional.empty();
    }

    private static List<String> targets(AnnotatedText t, int verb, Set<String> sources, ActorResolver resolver) {
        for (List<Integer> group : ClauseReader.targetCandidates(t, verb)) {
            Set<String> found = new LinkedHashSet<>();
            for (int head : group) {
                resolver.actorAt(head).filter(a -> !sources.contains(a)).ifPresent(found::add);
            }
            if (!found.isEmpty()) {
                return List.copyOf(found);
            }
        }
        return List.of();
    }

    /** The first actor named inside the object or a parataxis: "carry out agreements he reached with Mr. Putin". */
    private static List<String> fallbackTarget(AnnotatedText t, int verb, String source, ActorResolver resolver) {
        for (int[] range : ClauseReader.targetFallbackRanges(t, verb)) {
            for (int i = range[0]; i <= range[1]; i++) {
                Optional<String> a = resolver.actorAt(i).filter(x -> !x.equals(source));
                if (a.isPresent()) {
                    return List.of(a.get());
                }
            }
        }
        return List.of();
    }

    /** The verb through its last pattern word or its particle ("shrugged off", "carry out"). */
    private static Span trigger(AnnotatedText t, Match m) {
        int last = m.last();
        int particle = t.child(m.verb(), "compound:prt");
        if (particle > last && particle == last + 1) {
            last = particle;
        }
        return Span.of(t.text(), t.begin(m.verb()), t.end(last));
    }

    /**
     * The time expression of the verb's clause: one whose nearest verb is this one; failing that, the
     * time of the verb it is a complement or conjunct of ("On Thursday, they exchanged views … and
     * discussed …").
     */
    private static Optional<TimeRef> time(AnnotatedText t, int verb, List<TimeRef> times) {
        int cur = verb;
        for (int step = 0; step < 3 && cur >= 0; step++) {
            for (TimeRef ref : times) {
                if (ref.value() == null || ref.granularity() == Granularity.DURATION) {
                    continue; // "a two-day trip" says how long, not when
                }
                int tok = t.tokenAt(ref.span().start());
                if (tok >= 0 && ClauseReader.clauseVerb(t, tok) == cur) {
                    return Optional.of(ref);
                }
            }
            String rel = t.relation(cur);
            cur = rel != null && (rel.equals("xcomp") || rel.equals("conj")) ? t.head(cur) : -1;
        }
        return Optional.empty();
    }

    private static Modality modality(AnnotatedText t, int verb, Optional<TimeRef> time) {
        if (Negation.negated(t, verb)) {
            return Modality.NEGATED;
        }
        if (ClauseReader.intended(t, verb)) {
            return Modality.INTENDED;
        }
        boolean past = time.filter(ref -> !ongoing(t, ref)).map(ref -> Dates.beforeWeekOf(ref, t.referenceDate()))
                .orElse(false);
        if (past || saysPast(t, verb)) {
            return Modality.HISTORICAL;
        }
        return Modality.ASSERTED;
    }

    /** Whether the time opens a period that lasts until now: "since last year". */
    private static boolean ongoing(AnnotatedText t, TimeRef ref) {
        int tok = t.tokenAt(ref.span().start());
        return tok > 0 && t.lemma(tok - 1).equalsIgnoreCase("since");
    }

    /** Whether the clause holds a past time the time tagger left unresolved: "last month", "years ago". */
    private static boolean saysPast(AnnotatedText t, int verb) {
        for (int c : t.children(verb)) {
            String rel = t.relation(c);
            if (!rel.startsWith("obl") && !rel.equals("advmod") || ClauseReader.hasWord(t, c, "since")) {
                continue;
            }
            String lemma = t.lemma(c).toLowerCase();
            boolean unit = Set.of("month", "year", "decade", "century").contains(lemma);
            if (unit && ClauseReader.hasWord(t, c, "last") || ClauseReader.hasWord(t, c, "ago") || lemma.equals("ago")) {
                return true;
            }
        }
        return false;
    }

    /** Where the action happens when the verb names a place it is not done to: "clashed in Kharkiv". */
    private static String place(AnnotatedText t, int verb) {
        for (int c : t.children(verb)) {
            if (t.relation(c).startsWith("obl") && t.ner(c).equals("LOCATION")
                    && (ClauseReader.hasWord(t, c, "in") || ClauseReader.hasWord(t, c, "at"))) {
                int first = c;
                while (first > t.subtreeFirst(c) && t.ner(first - 1).equals("LOCATION")) {
                    first--;
                }
                return t.text().substring(t.begin(first), t.end(c));
            }
        }
        return null;
    }
}
