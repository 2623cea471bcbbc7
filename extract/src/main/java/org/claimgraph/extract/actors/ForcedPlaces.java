package org.claimgraph.extract.actors;

import org.claimgraph.nlp.AnnotatedText;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a place the text names is what force or a restriction falls on, or aid goes to: then the place
 * stands for its people ("blockade Paris", "a curfew in Algiers", "aid deliveries in Kabul": CVL), not for its
 * government ("Paris protested") and not for a mere location ("talks in Lima"). Stateless and thread-safe.
 */
final class ForcedPlaces {

    /** Verbs of force whose object is a place's people: "blockade Paris", "shelled Kabul". */
    private static final Set<String> FORCE_VERBS = Set.of("attack", "shell", "bomb", "bombard", "blockade", "besiege",
            "storm", "invade", "occupy", "seize", "capture", "retake", "raid", "rocket", "strafe", "encircle", "surround",
            "overrun", "shut", "paralyze", "paralyse", "cut", "hit", "strike", "terrorize", "terrorise");
    /** Nouns of force or restriction whose place ("a curfew in Algiers") is its people. */
    private static final Set<String> FORCE_NOUNS = Set.of("curfew", "blockade", "siege", "shelling", "bombardment",
            "bombing", "attack", "raid", "airstrike", "offensive", "assault", "lockdown", "crackdown", "occupation",
            "invasion", "battle", "fighting", "clash");
    /** Nouns of aid whose place ("aid deliveries in Kabul", "food for Gaza") is its people, who receive it. */
    private static final Set<String> AID_NOUNS = Set.of("aid", "relief", "delivery", "assistance", "food",
            "medicine", "airlift");
    /** Prepositions between a noun of aid and its place: "aid to", "deliveries in", "food for". */
    private static final Set<String> AID_PLACES = Set.of("in", "to", "for");
    /** Prepositions between a noun of force and its place: "curfew in", "siege of", "attack on". */
    private static final Set<String> FORCE_PLACES = Set.of("in", "on", "of", "against", "over", "throughout");
    /** Words for a part of a place between a preposition and its name: "in western Chile", "in central Baghdad". */
    static final Set<String> PARTS_OF_A_PLACE = Set.of("western", "eastern", "northern", "southern", "central",
            "north", "south", "east", "west", "northwestern", "northeastern", "southwestern", "southeastern",
            "downtown", "greater", "suburban", "outer");

    private ForcedPlaces() {
    }

    /**
     * Whether a place at {@code start} is what force or a restriction falls on, or aid goes to: the object of a verb
     * of force ("blockade Paris", "shelled Kabul", "shut down Lima") or the place of a noun of force ("a curfew in
     * Algiers", "the siege of Sarajevo", "martial law in Lima") or of aid ("aid deliveries in Kabul"). "Paris
     * protested" and "talks in Paris" are not.
     */
    static boolean underForce(AnnotatedText text, int start) {
        int first = text.sentenceOf(start).firstToken();
        int t = start - 1;
        if (t > first && PARTS_OF_A_PLACE.contains(text.word(t).toLowerCase(Locale.ROOT))) {
            return forceIn(text, first, t); // "in central Baghdad"
        }
        if (t >= first && text.pos(t).equals("RP")) {
            t--; // "shut down", "cut off"
        }
        if (t < first) {
            return false;
        }
        // the tagger reads "would blockade Paris" as a noun; after "to" or a modal it is the verb
        boolean verb = text.pos(t).startsWith("VB")
                || text.pos(t).equals("NN") && t > first
                && (text.pos(t - 1).equals("MD") || text.word(t - 1).equalsIgnoreCase("to"));
        if (verb) {
            return FORCE_VERBS.contains(text.lemma(t).toLowerCase(Locale.ROOT));
        }
        return forceIn(text, first, t);
    }

    /**
     * Whether the preposition at {@code t} (after a part of the place: "in central Baghdad") places a noun of force
     * ("a curfew in", "martial law in") or of aid ("aid deliveries in", "food for"), or one that a verb of its own
     * follows ("street battles raged in", "fighting broke out in", "aid arrived in").
     */
    private static boolean forceIn(AnnotatedText text, int first, int t) {
        if (t > first && PARTS_OF_A_PLACE.contains(text.word(t).toLowerCase(Locale.ROOT))) {
            t--;
        }
        String preposition = text.word(t).toLowerCase(Locale.ROOT);
        if (!FORCE_PLACES.contains(preposition) && !AID_PLACES.contains(preposition)) {
            return false;
        }
        int n = t - 1;
        if (n > first && text.pos(n).equals("RP")) {
            n--; // "broke out in"
        }
        if (n > first && text.pos(n).startsWith("VB") && !text.pos(n).equals("VB")) {
            n--; // "battles raged in"
        }
        if (n < first || !text.pos(n).startsWith("NN")) {
            return false;
        }
        String noun = text.lemma(n).toLowerCase(Locale.ROOT);
        if (AID_NOUNS.contains(noun)) {
            return AID_PLACES.contains(preposition);
        }
        return FORCE_PLACES.contains(preposition) && (FORCE_NOUNS.contains(noun)
                || noun.equals("law") && n > first && text.word(n - 1).equalsIgnoreCase("martial"));
    }
}
