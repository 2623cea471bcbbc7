package org.claimgraph.eval;

import org.claimgraph.model.Actor;
import org.claimgraph.model.Analysis;
import org.claimgraph.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores the actors of analyses against PLOVER gold actors. A gold actor is found with its country
 * when an actor of the analysis
 * <ul>
 *   <li>has the gold country (CAMEO's {@code JAP}, {@code ITL} and {@code VTN} read as ISO's
 *       {@code JPN}, {@code ITA} and {@code VNM}), or, for an organisation code such as {@code IGO}
 *       or {@code NGO} (any other code that is not ISO-3166 alpha-3), has a code starting with it
 *       or that sector, and</li>
 *   <li>has a mention overlapping the gold actor's words (their first occurrence in the text); when
 *       the words are not in the text, any actor with the code will do;</li>
 * </ul>
 * it is found with country and sector when such an actor also has the gold sector. Gold actors
 * without a sector count in the country figure only.
 *
 * <pre>{@code
 * ActorEvaluation evaluation = new ActorEvaluation();
 * for (PloverRecord gold : PloverCorpus.read(path)) {
 *     evaluation.add(gold, analyzer.analyze(gold.document()));
 * }
 * ActorReport report = evaluation.report();
 * }</pre>
 *
 * <p>Not thread-safe: add from one thread.
 */
public final class ActorEvaluation {

    /** How many misses the report lists. */
    public static final int TOP = 20;

    /** What the analysis had at gold words that are not in the text. */
    public static final String NOT_IN_TEXT = "(words not in the text)";

    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    /** CAMEO's own codes for countries whose ISO code differs, as some gold records still use them. */
    private static final Map<String, String> CAMEO_COUNTRIES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");

    private int records;
    private int golds;
    private int foundCountry;
    private int withSector;
    private int foundSector;
    private final Tallies frequentMisses = new Tallies();
    private final List<ActorMiss> misses = new ArrayList<>();

    /** Scores one record's analysis against its gold actors. */
    public void add(PloverRecord gold, Analysis analysis) {
        String text = gold.document().text();
        if (!text.equals(analysis.document().text())) {
            throw new IllegalArgumentException("the analysis of " + analysis.document().id()
                    + " is not of the text of gold record " + gold.document().id());
        }
        records++;
        for (GoldActor actor : gold.actors()) {
            golds++;
            Span words = firstOccurrence(text, actor.actorText());
            List<Actor> candidates = analysis.actors().stream()
                    .filter(a -> hasCode(a, actor.code()))
                    .filter(a -> words == null || mentionedAt(analysis, a, words))
                    .toList();
            boolean country = !candidates.isEmpty();
            boolean sector = actor.sector() != null && candidates.stream()
                    .anyMatch(a -> a.sector() != null && a.sector().name().equals(actor.sector()));
            foundCountry += country ? 1 : 0;
            withSector += actor.sector() != null ? 1 : 0;
            foundSector += sector ? 1 : 0;
            if (!country || actor.sector() != null && !sector) {
                miss(gold, actor, country ? ActorMiss.Kind.SECTOR : ActorMiss.Kind.COUNTRY, found(analysis, words));
            }
        }
    }

    /** The figures so far. */
    public ActorReport report() {
        return new ActorReport(records, new Share(foundCountry, golds), new Share(foundSector, withSector),
                frequentMisses.top(TOP));
    }

    /** Every miss so far, record by record. */
    public List<ActorMiss> misses() {
        return List.copyOf(misses);
    }

    /** Whether an actor of the analysis carries the gold code: its country, or an organisation's code or sector. */
    static boolean hasCode(Actor actor, String goldCode) {
        String country = CAMEO_COUNTRIES.getOrDefault(goldCode, goldCode);
        if (COUNTRIES.contains(country)) {
            return country.equals(actor.country());
        }
        return actor.code() != null && actor.code().startsWith(goldCode)
                || actor.sector() != null && actor.sector().name().equals(goldCode);
    }

    private void miss(PloverRecord gold, GoldActor actor, ActorMiss.Kind kind, String found) {
        String expected = actor.code() + (kind == ActorMiss.Kind.SECTOR ? ", sector " + actor.sector() : "");
        frequentMisses.add(actor.actorText() + " (" + expected + ") → " + found);
        misses.add(new ActorMiss(gold.document().id(), actor, kind, found, gold.document().text()));
    }

    private static Span firstOccurrence(String text, String words) {
        int at = words.isBlank() ? -1 : text.indexOf(words);
        return at < 0 ? null : new Span(at, at + words.length(), words);
    }

    private static boolean mentionedAt(Analysis analysis, Actor actor, Span words) {
        return analysis.mentions().stream().anyMatch(m -> m.actor().equals(actor.id()) && m.span().overlaps(words));
    }

    /** The actors mentioned at the words, as {@code name (CODE)}; {@code nothing} when none is. */
    private static String found(Analysis analysis, Span words) {
        if (words == null) {
            return NOT_IN_TEXT;
        }
        String found = analysis.actors().stream()
                .filter(a -> mentionedAt(analysis, a, words))
                .map(a -> a.name() + " (" + (a.code() == null ? "-" : a.code()) + ")")
                .collect(Collectors.joining("; "));
        return found.isEmpty() ? "nothing" : found;
    }
}
