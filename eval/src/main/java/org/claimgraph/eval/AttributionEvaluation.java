package org.claimgraph.eval;

import org.claimgraph.model.Analysis;
import org.claimgraph.model.Span;
import org.claimgraph.model.Statement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores predicted statements against gold attributions, document by document, and sums the
 * figures. A statement predicts a source (its speaker mention's span, when it has a speaker), a cue
 * and a content. Per role and per document, gold and predicted spans are paired one-to-one
 * ({@link OneToOneMatcher}) under each {@link Matching}; a gold attribution is found when one
 * statement overlap-matches both its cue and its content. Statements nested inside another's content
 * ("Dahl said she believes …": "believes" sits in what Dahl said) are left out: PolNeAR does not
 * annotate an attribution inside another's content (127 of 19,831 training attributions have their
 * cue in another's content), as the eval README says for nested gold. The cost: where our outer
 * content wrongly swallows a separate attribution, that one is no longer counted as found (on dev,
 * recall falls 1.7 points and precision rises 8).
 *
 * <pre>{@code
 * AttributionEvaluation evaluation = new AttributionEvaluation();
 * for (GoldArticle gold : PolnearCorpus.read(path)) {
 *     evaluation.add(gold, analyzer.analyze(gold.document()));
 * }
 * AttributionReport report = evaluation.report();
 * }</pre>
 *
 * <p>Not thread-safe: add from one thread.
 */
public final class AttributionEvaluation {

    /** How many cues the report lists among the most frequent misses and false alarms. */
    public static final int TOP = 20;

    private int documents;
    private final Map<Role, RoleScore> roles = new EnumMap<>(Role.class);
    private Score attribution = Score.ZERO;
    private final Tallies missedCues = new Tallies();
    private final Tallies falseAlarmCues = new Tallies();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private final Map<String, AnnotatorScore> annotators = new TreeMap<>();

    public AttributionEvaluation() {
        for (Role role : Role.SPANS) {
            roles.put(role, new RoleScore(role, Score.ZERO, Score.ZERO));
        }
    }

    /** Scores one document's analysis against its gold attributions. */
    public void add(GoldArticle gold, Analysis analysis) {
        if (!gold.document().text().equals(analysis.document().text())) {
            throw new IllegalArgumentException("the analysis of " + analysis.document().id()
                    + " is not of the text of gold document " + gold.document().id());
        }
        documents++;
        List<Statement> outermost = analysis.statements().stream().filter(s -> s.parent() == null).toList();
        Map<Role, Score> overlaps = new EnumMap<>(Role.class);
        for (Role role : Role.SPANS) {
            Score exact = scoreRole(gold, outermost, role, Matching.EXACT);
            Score overlap = scoreRole(gold, outermost, role, Matching.OVERLAP);
            overlaps.put(role, overlap);
            RoleScore sum = roles.get(role);
            roles.put(role, new RoleScore(role, sum.exact().plus(exact), sum.overlap().plus(overlap)));
        }
        Score found = scoreAttributions(gold, outermost);
        attribution = attribution.plus(found);
        String annotator = gold.annotator() == null ? AnnotatorScore.NONE : gold.annotator();
        annotators.put(annotator, annotators.getOrDefault(annotator, AnnotatorScore.empty(annotator))
                .plus(overlaps.get(Role.CUE), overlaps.get(Role.CONTENT), found));
    }

    /** The figures so far. */
    public AttributionReport report() {
        return new AttributionReport(documents, List.copyOf(roles.values()), attribution, List.copyOf(annotators.values()),
                missedCues.top(TOP), falseAlarmCues.top(TOP));
    }

    /** Every miss and false alarm so far, document by document, in the order they were found. */
    public List<Mismatch> mismatches() {
        return List.copyOf(mismatches);
    }

    private Score scoreRole(GoldArticle gold, List<Statement> statements, Role role, Matching matching) {
        List<GoldAttribution> golds = gold.attributions().stream().filter(a -> a.span(role) != null).toList();
        List<Statement> predictions = statements.stream().filter(s -> predictedSpan(s, role) != null).toList();
        List<OneToOneMatcher.Pair> pairs = OneToOneMatcher.match(golds.size(), predictions.size(),
                (g, p) -> matching.score(golds.get(g).span(role), predictedSpan(predictions.get(p), role), role));
        Leftovers leftovers = Leftovers.of(pairs, golds.size(), predictions.size());
        String text = gold.document().text();
        String id = gold.document().id();
        for (int g : leftovers.golds()) {
            GoldAttribution a = golds.get(g);
            Span span = a.span(role).cover();
            mismatches.add(new Mismatch(id, role, matching, Mismatch.Kind.MISS, span, goldCue(a),
                    SentenceContext.around(text, span)));
        }
        for (int p : leftovers.predictions()) {
            Statement s = predictions.get(p);
            Span span = predictedSpan(s, role);
            mismatches.add(new Mismatch(id, role, matching, Mismatch.Kind.FALSE_ALARM, span, s.cue().span().text(),
                    SentenceContext.around(text, span)));
        }
        return new Score(golds.size(), predictions.size(), pairs.size());
    }

    private Score scoreAttributions(GoldArticle gold, List<Statement> statements) {
        List<GoldAttribution> golds = gold.attributions().stream()
                .filter(a -> a.cue() != null && a.content() != null).toList();
        List<OneToOneMatcher.Pair> pairs = OneToOneMatcher.match(golds.size(), statements.size(), (g, p) -> {
            double cue = Matching.OVERLAP.score(golds.get(g).cue(), statements.get(p).cue().span(), Role.CUE);
            double content = Matching.OVERLAP.score(golds.get(g).content(), statements.get(p).content(), Role.CONTENT);
            return cue < 0 || content < 0 ? Matching.NO_MATCH : cue + content;
        });
        Leftovers leftovers = Leftovers.of(pairs, golds.size(), statements.size());
        String text = gold.document().text();
        String id = gold.document().id();
        for (int g : leftovers.golds()) {
            GoldAttribution a = golds.get(g);
            missedCues.add(cueKey(a.cue().cover().text()));
            mismatches.add(new Mismatch(id, Role.ATTRIBUTION, Matching.OVERLAP, Mismatch.Kind.MISS, a.cue().cover(),
                    goldCue(a), SentenceContext.around(text, a.cue().cover())));
        }
        for (int p : leftovers.predictions()) {
            Span cue = statements.get(p).cue().span();
            falseAlarmCues.add(cueKey(cue.text()));
            mismatches.add(new Mismatch(id, Role.ATTRIBUTION, Matching.OVERLAP, Mismatch.Kind.FALSE_ALARM, cue,
                    cue.text(), SentenceContext.around(text, cue)));
        }
        return new Score(golds.size(), statements.size(), pairs.size());
    }

    /** The span a statement predicts for a span role; null for the source of a statement without speaker. */
    static Span predictedSpan(Statement s, Role role) {
        return switch (role) {
            case SOURCE -> s.speaker() == null ? null : s.speaker().span();
            case CUE -> s.cue().span();
            case CONTENT -> s.content();
            case ATTRIBUTION -> throw new IllegalArgumentException("a statement predicts no single attribution span");
        };
    }

    private static String goldCue(GoldAttribution a) {
        return a.cue() == null ? null : a.cue().cover().text();
    }

    private static String cueKey(String cue) {
        return SpanText.collapseSpaces(cue).strip().toLowerCase(Locale.ROOT);
    }

    /** The indices of the gold and predicted items left out of a matching. */
    private record Leftovers(List<Integer> golds, List<Integer> predictions) {
        static Leftovers of(List<OneToOneMatcher.Pair> pairs, int golds, int predictions) {
            return new Leftovers(unpaired(pairs, golds, OneToOneMatcher.Pair::gold),
                    unpaired(pairs, predictions, OneToOneMatcher.Pair::predicted));
        }

        private static List<Integer> unpaired(List<OneToOneMatcher.Pair> pairs, int count,
                                              Function<OneToOneMatcher.Pair, Integer> side) {
            boolean[] paired = new boolean[count];
            pairs.forEach(pair -> paired[side.apply(pair)] = true);
            List<Integer> left = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (!paired[i]) {
                    left.add(i);
                }
            }
            return left;
        }
    }
}
