package org.claimgraph.extract.actors;

import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Sector;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.EntityMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the actors of a document and their mentions, in four passes:
 * <ol>
 *   <li>people named by the entity tagger, chained by name ("Sergey Lavrov" … "Mr. Lavrov"), each
 *       bound to a country and sector by the title before the name ("Russian President Vladimir
 *       Putin", "White House National Security Council spokesman John Kirby");</li>
 *   <li>registry names: organisations, seats of power, countries, and demonyms before a role noun
 *       ("South Korean officials", "Russian state television"); a capital after a place preposition
 *       ("arrived in Pyongyang") is a place, not an actor;</li>
 *   <li>descriptions, a country's role without a name ("Russia's top diplomat"), joined to the named
 *       person who holds an equivalent role, or kept as an actor of their own;</li>
 *   <li>other organisations the entity tagger found.</li>
 * </ol>
 * Thread-safe: the registry is immutable and all state lives in the returned {@link DocumentActors}.
 */
public final class ActorFinder {

    private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr",
            "Sen.", "Rep.", "Gen.", "Prof.", "Gov.", "Lt.", "Col.", "Adm.", "Sgt.", "Capt.");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "near", "via", "into",
            "toward", "towards", "across", "outside", "inside", "around", "through", "visited");
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");
    /** Roles that name the same office; the first of each group is its canonical form. */
    private static final List<List<String>> EQUIVALENT_ROLES = List.of(
            List.of("foreign minister", "top diplomat", "chief diplomat", "foreign secretary", "secretary of state"),
            List.of("president", "head of state"),
            List.of("prime minister", "premier"),
            List.of("defense minister", "defence minister", "defense secretary", "defence secretary"));
    /** Words a registry phrase is looked up over at most. */
    private static final int MAX_PHRASE = 6;

    private final ActorRegistry registry;

    public ActorFinder(ActorRegistry registry) {
        this.registry = registry;
    }

    /** What a phrase of the text is in the registry. */
    private sealed interface Hit {
        int length();
    }

    private record OrgHit(int length, Organization org) implements Hit {
    }

    private record SeatHit(int length, Seat seat) implements Hit {
    }

    private record CountryHit(int length, Country country, boolean demonym) implements Hit {
    }

    private record RoleHit(int length, Role role) implements Hit {
    }

    public DocumentActors find(AnnotatedText text) {
        DocumentActors actors = new DocumentActors(text);
        boolean[] taken = new boolean[text.tokenCount()];
        Map<String, Set<String>> roles = new HashMap<>();
        findPeople(text, actors, taken, roles);
        findRegistryNames(text, actors, taken, roles);
        for (EntityMention e : text.entities()) {
            if (e.type().equals("ORGANIZATION") && !anyTaken(taken, e.firstToken(), e.endToken())) {
                String name = actors.surface(e.firstToken(), e.endToken());
                String id = "org:" + Slug.of(name);
                actors.draft(id, name, ActorKind.ORGANIZATION, null, null);
                actors.mention(id, e.firstToken(), e.endToken());
            }
        }
        return actors;
    }

    private void findPeople(AnnotatedText text, DocumentActors actors, boolean[] taken, Map<String, Set<String>> roles) {
        List<EntityMention> people = text.entities().stream().filter(e -> e.type().equals("PERSON")).toList();
        Map<String, List<String>> nameTokens = new HashMap<>();
        // full names first, so that a lone surname finds its person whichever comes first in the text
        for (int pass = 0; pass < 2; pass++) {
            for (EntityMention e : people) {
                int first = e.firstToken();
                while (first < e.endToken() && HONORIFICS.contains(text.word(first))) {
                    first++;
                }
                if (first == e.endToken()) {
                    continue;
                }
                List<String> words = new ArrayList<>();
                for (int t = first; t < e.endToken(); t++) {
                    words.add(text.word(t));
                }
                if ((words.size() > 1) != (pass == 0) || !properNoun(text, first, e.endToken())) {
                    continue; // the tagger sometimes marks "he" or "She" as a person
                }
                String id = samePerson(words, nameTokens).orElseGet(() -> {
                    String name = String.join(" ", words);
                    String newId = "person:" + Slug.of(name);
                    actors.draft(newId, name, ActorKind.PERSON, null, null);
                    nameTokens.put(newId, words);
                    return newId;
                });
                int start = first > e.firstToken() ? e.firstToken()
                        : first > 0 && HONORIFICS.contains(text.word(first - 1)) ? first - 1 : first;
                actors.mention(id, start, e.endToken());
                mark(taken, start, e.endToken());
                applyTitle(text, actors.draft(id), start, taken, roles);
            }
        }
    }

    private static boolean properNoun(AnnotatedText text, int first, int end) {
        for (int t = first; t < end; t++) {
            if (text.pos(t).startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    /** The person whose name holds every one of these words (the longest such name). */
    private static Optional<String> samePerson(List<String> words, Map<String, List<String>> nameTokens) {
        return nameTokens.entrySet().stream()
                .filter(e -> e.getValue().containsAll(words))
                .min((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
                .map(Map.Entry::getKey);
    }

    /** Reads the title before a name ("North Korean leader") into the person's country, sector and roles. */
    private void applyTitle(AnnotatedText text, DocumentActors.Draft person, int nameStart, boolean[] taken,
                            Map<String, Set<String>> roles) {
        int sentenceStart = text.sentenceOf(nameStart).firstToken();
        int first = nameStart;
        while (first - 1 >= sentenceStart && nameStart - first < 8 && titleWord(text, first - 1)) {
            first--;
        }
        for (int t = first; t < nameStart; ) {
            Optional<Hit> hit = lookup(text, t, nameStart);
            if (hit.isEmpty()) {
                t++;
                continue;
            }
            Hit h = hit.get();
            if (h instanceof CountryHit c) {
                person.country = person.country == null ? c.country().alpha3() : person.country;
            } else if (h instanceof SeatHit s) {
                person.country = person.country == null ? s.seat().country() : person.country;
                person.sector = person.sector == null ? s.seat().sector() : person.sector;
            } else if (h instanceof OrgHit o) {
                person.country = person.country == null ? o.org().country() : person.country;
            } else if (h instanceof RoleHit r) {
                person.sector = r.role().sector();
                roles.computeIfAbsent(person.id, k -> new HashSet<>()).add(canonicalRole(r.role().phrase()));
            }
            t += hit.get().length();
        }
        mark(taken, first, nameStart);
    }

    private static boolean titleWord(AnnotatedText text, int t) {
        String pos = text.pos(t);
        return pos.startsWith("NN") || pos.equals("JJ") || pos.equals("POS");
    }

    private void findRegistryNames(AnnotatedText text, DocumentActors actors, boolean[] taken,
                                   Map<String, Set<String>> roles) {
        for (var sentence : text.sentences()) {
            int end = sentence.endToken();
            for (int t = sentence.firstToken(); t < end; ) {
                if (taken[t]) {
                    t++;
                    continue;
                }
                int start = t;
                if ((text.word(t).equals("the") || text.word(t).equals("The")) && t + 1 < end) {
                    start = t + 1;
                }
                Optional<Hit> hit = lookup(text, start, end);
                if (hit.isEmpty() || anyTaken(taken, start, start + hit.get().length())) {
                    t++;
                    continue;
                }
                int next = start + hit.get().length();
                Hit h = hit.get();
                int consumed = next;
                if (h instanceof OrgHit o) {
                    var org = o.org();
                    actors.draft(org.id(), org.name(), org.kind(), org.country(), org.sector()).code = org.code();
                    actors.mention(org.id(), start, next);
                } else if (h instanceof SeatHit s && !(s.seat().capital() && start > 0
                        && PLACE_PREPOSITIONS.contains(text.word(start - 1).toLowerCase(Locale.ROOT)))) {
                    // a capital that acts is its government; a seat of power is an institution of its own
                    String name = stripThe(s.seat().phrase());
                    String id = s.seat().capital()
                            ? s.seat().sector().name().toLowerCase(Locale.ROOT) + ":" + s.seat().country()
                            : "org:" + Slug.of(name);
                    actors.draft(id, name, ActorKind.ORGANIZATION, s.seat().country(), s.seat().sector());
                    actors.mention(id, start, next);
                } else if (h instanceof CountryHit c) {
                    consumed = countryPhrase(text, actors, roles, c, start, next, end);
                }
                mark(taken, start, Math.max(consumed, next));
                t = Math.max(consumed, next);
            }
        }
    }

    /**
     * A country name or demonym, possibly opening a longer phrase: "South Korean officials" (a
     * group), "Russia's top diplomat" (a description), "Russian and North Korean officials" (a
     * group of two countries). Returns the token after the phrase.
     */
    private int countryPhrase(AnnotatedText text, DocumentActors actors, Map<String, Set<String>> roles,
                              CountryHit hit, int start, int next, int end) {
        List<String> countries = new ArrayList<>(List.of(hit.country().alpha3()));
        int t = next;
        boolean possessive = false;
        if (!hit.demonym() && t < end && POSSESSIVE.contains(text.word(t))) {
            possessive = true;
            t++;
        } else if (hit.demonym()) {
            // "Russian and North Korean officials"
            while (t + 1 < end && (text.word(t).equals("and") || text.word(t).equals(","))) {
                Optional<Hit> more = lookup(text, t + 1, end);
                if (more.isPresent() && more.get() instanceof CountryHit c && c.demonym()) {
                    countries.add(c.country().alpha3());
                    t = t + 1 + c.length();
                } else {
                    break;
                }
            }
        }
        // up to two modifiers, then a role noun: "top diplomat", "state television", "officials"
        for (int skip = 0; skip <= 2 && t + skip < end; skip++) {
            Optional<RoleHit> role = roleAt(text, t + skip, end);
            if (role.isEmpty()) {
                continue;
            }
            int roleEnd = t + skip + role.get().length();
            boolean headNoun = text.pos(roleEnd - 1).startsWith("NN");
            boolean named = roleEnd < end && text.pos(roleEnd).startsWith("NNP");
            if (!headNoun || named || modifiesLaterNoun(text, roleEnd, end) || (!hit.demonym() && !possessive)) {
                break;
            }
            describe(text, actors, roles, countries, role.get().role(), start, roleEnd);
            return roleEnd;
        }
        if (hit.demonym() && countries.size() == 1 && !text.pos(start + hit.length() - 1).equals("NNPS")) {
            return next; // "Russian weapons": an adjective, not an actor
        }
        var country = hit.country();
        actors.draft(country.actorId(), country.name(), ActorKind.STATE, country.alpha3(), null);
        actors.mention(country.actorId(), start, next);
        return next;
    }

    /**
     * Whether the noun before {@code t} modifies a later one: "military and nuclear program",
     * "state television station".
     */
    private static boolean modifiesLaterNoun(AnnotatedText text, int t, int end) {
        if (t < end && text.pos(t).startsWith("NN")) {
            return true;
        }
        if (t >= end || !text.pos(t).equals("CC")) {
            return false;
        }
        int u = t + 1;
        while (u < end && text.pos(u).equals("JJ")) {
            u++;
        }
        return u > t + 1 && u < end && text.pos(u).startsWith("NN");
    }

    /** A role held by one or more countries, with no name after it. */
    private void describe(AnnotatedText text, DocumentActors actors, Map<String, Set<String>> roles,
                          List<String> countries, Role role, int start, int end) {
        String surface = actors.surface(start, end);
        String country = countries.size() == 1 ? countries.get(0) : null;
        if (role.group()) {
            String id = country != null ? role.sector().name().toLowerCase(Locale.ROOT) + ":" + country
                    : "group:" + Slug.of(surface);
            actors.draft(id, surface, ActorKind.GROUP, country, role.sector());
            actors.mention(id, start, end);
            return;
        }
        String canonical = canonicalRole(role.phrase());
        Optional<String> holder = roles.entrySet().stream()
                .filter(e -> e.getValue().contains(canonical))
                .map(Map.Entry::getKey)
                .filter(id -> {
                    String c = actors.draft(id).country;
                    return c == null || c.equals(country);
                })
                .findFirst();
        if (holder.isPresent()) {
            DocumentActors.Draft person = actors.draft(holder.get());
            person.country = person.country == null ? country : person.country;
            person.sector = person.sector == null ? role.sector() : person.sector;
            actors.mention(person.id, start, end);
            return;
        }
        String id = "role:" + (country == null ? "" : country + ":") + Slug.of(role.phrase());
        actors.draft(id, surface, ActorKind.PERSON, country, role.sector());
        actors.mention(id, start, end);
    }

    private static String canonicalRole(String phrase) {
        String lower = phrase.toLowerCase(Locale.ROOT);
        for (List<String> group : EQUIVALENT_ROLES) {
            if (group.contains(lower)) {
                return group.get(0);
            }
        }
        return lower;
    }

    private static String stripThe(String phrase) {
        return phrase.startsWith("the ") ? phrase.substring(4) : phrase;
    }

    /** The longest registry phrase starting at token {@code t} and ending before {@code end}. */
    private Optional<Hit> lookup(AnnotatedText text, int t, int end) {
        for (int n = Math.min(MAX_PHRASE, end - t); n >= 1; n--) {
            String phrase = phrase(text, t, n);
            var org = registry.findOrganization(phrase);
            if (org.isPresent()) {
                return Optional.of(new OrgHit(n, org.get()));
            }
            var seat = registry.findSeat(phrase);
            if (seat.isPresent()) {
                return Optional.of(new SeatHit(n, seat.get()));
            }
            var country = registry.findCountryByName(phrase);
            if (country.isPresent()) {
                return Optional.of(new CountryHit(n, country.get(), false));
            }
            var demonym = registry.findCountryByDemonym(phrase);
            if (demonym.isEmpty() && phrase.endsWith("s") && text.pos(t + n - 1).equals("NNPS")) {
                demonym = registry.findCountryByDemonym(phrase.substring(0, phrase.length() - 1));
            }
            if (demonym.isPresent()) {
                return Optional.of(new CountryHit(n, demonym.get(), true));
            }
            var role = registry.findRole(phrase);
            if (role.isPresent()) {
                return Optional.of(new RoleHit(n, role.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<RoleHit> roleAt(AnnotatedText text, int t, int end) {
        for (int n = Math.min(4, end - t); n >= 1; n--) {
            var role = registry.findRole(phrase(text, t, n));
            if (role.isPresent()) {
                return Optional.of(new RoleHit(n, role.get()));
            }
        }
        return Optional.empty();
    }

    private static String phrase(AnnotatedText text, int t, int n) {
        StringBuilder b = new StringBuilder(text.word(t));
        for (int i = t + 1; i < t + n; i++) {
            b.append(' ').append(text.word(i));
        }
        return b.toString();
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
