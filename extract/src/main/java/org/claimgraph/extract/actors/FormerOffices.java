package org.claimgraph.extract.actors;

import org.claimgraph.model.Sector;
import org.claimgraph.nlp.AnnotatedText;

import java.util.Locale;
import java.util.Set;

/**
 * Offices held no longer: a state office after "former", "ousted" or "deposed" ("Former prime minister X",
 * "Chile's former army chief") makes its holder one of the country's elites, CAMEO's {@link Sector#ELI}, and not the
 * government. Stateless and thread-safe.
 */
final class FormerOffices {

    /** Words before an office that say its holder no longer holds it: "former president", "ousted President". */
    private static final Set<String> FORMER = Set.of("former", "ousted", "deposed", "onetime", "one-time");
    /** Sectors of the state's offices, whose former holders are elites ({@link Sector#ELI}), not the state. */
    static final Set<Sector> STATE_OFFICES = Set.of(Sector.GOV, Sector.MIL, Sector.LEG, Sector.JUD, Sector.COP);

    private FormerOffices() {
    }

    /**
     * The role, or elites when a word for "no longer" is among the words {@code [from, head)} before a state office:
     * "the former minister", "Chile's former army chief", "ousted leaders" are ELI; "the minister" stays GOV.
     */
    static Role formerOr(AnnotatedText text, int from, int head, Role role) {
        return STATE_OFFICES.contains(role.sector()) && formerAmong(text, from, head)
                ? new Role(role.phrase(), Sector.ELI, role.group()) : role;
    }

    /**
     * Whether a word for "no longer" is among {@code [from, to)}, or among the adjectives right before {@code from}
     * ("former Chilean minister", "the ousted Chilean leaders").
     */
    static boolean formerAmong(AnnotatedText text, int from, int to) {
        int first = from;
        while (first > 0 && from - first < 2 && (text.pos(first - 1).startsWith("JJ") || text.pos(first - 1).equals("VBN"))) {
            first--;
        }
        for (int t = first; t < to; t++) {
            if (FORMER.contains(text.word(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
