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
 * or, for a country code, when a place of the analysis in that country lies at the gold actor's words
 * ("arrived in Amman" for gold {@code JOR}): CAMEO codes where an event happens as its actor when no one
 * is named, while claimgraph keeps a place a place (the report says how many were found this way);
 * it is found with country and sector when such an actor also has the gold sector, and with country and
 * primary sector when it has the gold's first role block. CAMEO builds codes from three-letter blocks, and
 * some gold sectors are compounds of a role and an ethnic or religious group ({@code CVLalb}: Albanian
 * civilians, {@code REBMOS}: Muslim rebels); claimgraph codes the role only, so the strict figure never
 * counts a compound and the primary figure compares its first block ({@code CVL}). The gold's sector names
 * read as ours where the two vocabularies differ: PLOVER's {@code MED} is medical ({@code HLH} here, CAMEO's
 * health code), its {@code JRN} is journalists and news media ({@code MED} here, as in {@code PRKMED}), and
 * its {@code CIV} is civilians ({@code CVL}). An organisation's gold sector is its role inside the organisation
 * (the Security Council {@code IGO}/{@code GOV}, U.N. peacekeepers {@code IGO}/{@code MIL}), which is the sector of
 * claimgraph's actor for that organ or those people (code {@code IGOUNOGOV}, sector {@code GOV}), so organisations
 * are compared like countries. Gold actors without a sector, or with the placeholder
 * {@code ***}, count in the country figure only. Gold words are compared with their spaces collapsed and
 * trimmed, as the text writes them.
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

    /** Gold sector blocks that name one of our sectors differently: medical, news media, civilians. */
    private static final Map<String, String> GOLD_SECTORS = Map.of("MED", "HLH", "JRN", "MED", "CIV", "CVL");

    /** The gold's sector for "left open", counted as no sector. */
    private static final String OPEN_SECTOR = "***";

    private int records;
    private int golds;
    private int foundCountry;
    private int foundAtPlaces;
    private int withSector;
    private int foundSector;
    private int foundPrimary;
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
            Span words = firstOccurrence(text, actor.actorText().trim().replaceAll("\\s+", " "));
            List<Actor> candidates = analysis.actors().stream()
                    .filter(a -> hasCode(a, actor.code()))
                    .filter(a -> words == null || mentionedAt(analysis, a, words))
                    .toList();
            boolean atPlace = candidates.isEmpty() && words != null && placeAt(analysis, actor.code(), words);
            boolean country = !candidates.isEmpty() || atPlace;
            String goldSector = OPEN_SECTOR.equals(actor.sector()) ? null : actor.sector();
            boolean sector = goldSector != null && candidates.stream().anyMatch(a -> hasSector(a, goldSector));
            boolean primary = goldSector != null && candidates.stream().anyMatch(a -> hasPrimarySector(a, goldSector));
            foundCountry += country ? 1 : 0;
            foundAtPlaces += atPlace ? 1 : 0;
            withSector += goldSector != null ? 1 : 0;
            foundSector += sector ? 1 : 0;
            foundPrimary += primary ? 1 : 0;
            if (!country || goldSector != null && !sector) {
                miss(gold, actor, country ? ActorMiss.Kind.SECTOR : ActorMiss.Kind.COUNTRY, found(analysis, words));
            }
        }
    }

    /** The figures so far. */
    public ActorReport report() {
        return new ActorReport(records, new Share(foundCountry, golds), foundAtPlaces, new Share(foundSector, withSector),
                new Share(foundPrimary, withSector), frequentMisses.top(TOP));
    }

    /** Every miss so far, record by record. */
    public List<ActorMiss> misses() {
        return List.copyOf(misses);
    }

    /** Whether an actor of the analysis carries the gold code: its country, or an organisation's code or sector. */
    static boolean hasCode(Actor actor, String goldCode) {
        String country = iso(goldCode);
        if (COUNTRIES.contains(country)) {
            return country.equals(actor.country());
        }
        return actor.code() != null && actor.code().startsWith(goldCode)
                || actor.sector() != null && actor.sector().name().equals(goldCode);
    }

    /** Whether a place in the gold country lies at the words. */
    private static boolean placeAt(Analysis analysis, String goldCode, Span words) {
        String country = iso(goldCode);
        return analysis.places().stream().anyMatch(p -> p.country().equals(country) && p.span().overlaps(words));
    }

    /** The gold code as ISO reads it: CAMEO's {@code JAP} is {@code JPN}; any other code as it is. */
    private static String iso(String goldCode) {
        return CAMEO_COUNTRIES.getOrDefault(goldCode, goldCode);
    }

    /** Whether the actor has the gold sector, a single block read in our vocabulary: {@code JRN} is our {@code MED}. */
    static boolean hasSector(Actor actor, String goldSector) {
        return goldSector.length() == 3 && hasPrimarySector(actor, goldSector);
    }

    /** Whether the actor has the first block of the gold sector: {@code CVLalb} is {@code CVL}. */
    static boolean hasPrimarySector(Actor actor, String goldSector) {
        String block = goldSector.substring(0, Math.min(3, goldSector.length())).toUpperCase(Locale.ROOT);
        return actor.sector() != null && actor.sector().name().equals(GOLD_SECTORS.getOrDefault(block, block));
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
