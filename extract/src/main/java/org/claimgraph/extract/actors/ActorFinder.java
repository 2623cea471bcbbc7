package org.claimgraph.extract.actors;

import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Sector;
import org.claimgraph.nlp.AnnotatedText;
import org.claimgraph.nlp.EntityMention;
import org.claimgraph.nlp.FirstNames.Gender;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds the actors of a document and their mentions, in four passes:
 * <ol>
 *   <li>people named by the entity tagger, chained by name ("Sergey Lavrov" … "Mr. Lavrov"), each
 *       bound to a country and sector by the title before the name ("Russian President Vladimir
 *       Putin", "White House National Security Council spokesman John Kirby"; the title's registry
 *       words are a mention of the person) or by "of" and a country after it ("King Hassan of Morocco"), else,
 *       for a well-known person, by the registry ("President Bush");</li>
 *   <li>registry names: organisations, seats of power, countries, and demonyms before a role noun
 *       ("South Korean officials", "Russian state television"); a capital after a place preposition
 *       ("arrived in Pyongyang") is a place of its country, not an actor, and a capital that force or a restriction
 *       falls on ("blockade Paris", "a curfew in Algiers") is its people, CVL, as a village or town in a country is
 *       ("retook a village in western Chile"). A word no name matches that is one typing slip from a one-word
 *       country name ("Afganistan") is that country. An organisation the entity tagger finds whose name opens
 *       with a country and goes on with more than its role ("the Nigerian Union of Teachers", "the Norwegian
 *       Refugee Council") is one actor of that country. A demonym is an actor when a noun for people, a body or
 *       a crewed craft follows it, after at most two modifiers ("Palestinian youths",
 *       "Israeli police", "Russian aircraft"; the sector is the noun's), when the noun is an act of
 *       its state ("an Indian proposal"), or when it names a people ("Bosnian Serbs"); before where people
 *       live it is those people ("shelled Iraqi towns", CVL; "in Iraqi towns" is a place); before a thing
 *       ("Russian weapons") it is an adjective. A role compound takes its last role's sector
 *       ("government forces"); a group role keeps acting before a noun it owns ("army bulldozers").
 *       "Hungarian and Romanian officials" is a group plus one actor per country. A country's name
 *       takes the role right after it ("U.S. officials") or the role before "of" ("the president of
 *       Armenia"). A plural demonym without "the" is the country's people ("168 Liberians", CVL; "the
 *       Russians" stays the state), "ethnic Albanians" live in the other country their sentence names, a people
 *       without a state ("Kurdish rebels", "Tamil refugees") in the first of its countries the sentence names, a
 *       region's people ("Darfur rebels", "rebels in Darfur") in its country, while the region is a place, and
 *       "civilian" makes a state's people civilians ("civilian advisers"). A group noun with no demonym is a
 *       group actor of its sector: of the country after "in" ("rebels in the Ivory Coast"), of the seat or
 *       organisation right before it ("Kremlin officials"; "U.N. peacekeepers" are the U.N.'s military,
 *       IGOUNOMIL), or of no country ("demonstrators"; peacekeepers of no country or organisation are an
 *       intergovernmental force, IGOMIL); a body named again ("the ministry") is the body named before;</li>
 *   <li>descriptions, a country's role without a name ("Russia's top diplomat"), joined to the named
 *       person who holds an equivalent role, or kept as an actor of their own;</li>
 *   <li>other organisations the entity tagger found.</li>
 * </ol>
 * A titled person whose title names no country ("President Yoweri Museveni") takes the one
 * country the document names, if it names exactly one outside "against/with/to …" and its diplomats; a title of an
 * intergovernmental organisation ("U.N. Secretary-General") gives no country: the person acts for the organisation,
 * in the sector of the title's role (GOV) and with the organisation's code and that role ({@code IGOUNOGOV}).
 * A state office after "former", "ousted" or "deposed" ("Former prime minister X", "Chile's former army chief") is
 * held no longer: its holder is one of the country's elites, CAMEO's ELI, and no holder of the office now.
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
    /** Words before a country that make it the other side of what a titled person does. */
    private static final Set<String> OTHER_SIDE = Set.of("against", "with", "to", "toward", "towards", "on");
    /** Words for a day, which the time tagger may not have read (it runs on some sentences only). */
    private static final Set<String> DAY_WORDS = Set.of("today", "yesterday", "tomorrow", "tonight", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Nouns for the people and missions who represent a state to other states. */
    private static final Set<String> DIPLOMATS = Set.of("diplomat", "ambassador", "envoy", "consul", "embassy",
            "consulate");
    /** Parts of speech a modifier between a demonym and its noun may have ("senior", "civilian", "riot"). */
    private static final Set<String> MODIFIER = Set.of("JJ", "JJR", "JJS", "NN", "NNP", "VBN", "VBG", "HYPH");
    /**
     * Nouns for what a state does or offers; a demonym before one stands for the state ("an Indian proposal",
     * "Israeli air raids", "French mediation"). Things a state owns ("Russian weapons") are not here.
     */
    private static final Set<String> STATE_ACTS = Set.of("proposal", "plan", "ultimatum", "mediation", "offer",
            "demand", "initiative", "raid", "airstrike", "strike", "attack", "offensive", "invasion", "incursion",
            "occupation", "aggression", "blockade", "sanction", "change", "request", "appeal", "warning", "threat",
            "veto", "decision", "riot", "uprising", "shelling", "bombardment", "bombing", "rule", "control",
            "intervention", "pressure", "crackdown", "embargo", "aid", "assistance",
            // what a state says: "Icelandic claims that …", "the Chinese position"
            "claim", "allegation", "accusation", "charge", "denial", "statement", "assertion", "position",
            "objection", "protest", "complaint", "concern", "criticism");
    /**
     * Nouns for where people live; a demonym before one, outside a place phrase, stands for the country's people
     * ("shelled Iraqi towns", "demolished Palestinian homes"), not for its state.
     */
    private static final Set<String> HOMES = Set.of("town", "village", "city", "home", "house", "neighborhood",
            "neighbourhood");
    /** Sectors of the state whose people "civilian" turns into civilians ("civilian advisers", "civilian personnel"). */
    private static final Set<Sector> STATE_ROLES_CIVILIAN = Set.of(Sector.GOV, Sector.MIL, Sector.COP);
    /** Roles that govern whatever their background: "civilian officials", "the civilian government". */
    private static final Set<String> GOVERNING = Set.of("government", "governments", "official", "officials",
            "government official", "government officials", "authorities", "leader", "leaders", "leadership",
            "administration", "president", "prime minister", "minister", "ministers", "cabinet");
    /** Nouns for a share of a group, before "of": "a majority of voters", "members of Congress". */
    private static final Set<String> SHARES = Set.of("percent", "per cent", "majority", "minority", "number", "group",
            "member", "part", "half", "third", "quarter", "dozen", "dozens", "hundreds", "thousands", "tens",
            "millions", "score", "scores", "most", "some", "many", "few", "all", "rest", "share", "handful", "bulk");
    /** Parts of speech of the words that name a share of a group: "only 52 percent of registered voters". */
    private static final Set<String> SHARE_WORDS = Set.of("DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "VBN");
    /** The role of a people named after its country's demonym ("Bosnian Serbs"). */
    private static final Role PEOPLE = new Role("people", Sector.CVL, true);
    /** Villages and towns, whose country after "in" or "near" makes them its people ("a village in Chile"). */
    private static final Set<String> SETTLEMENTS = Set.of("village", "town");
    /** Words before an organisation's name that tell its role: "the opposition Fatah", "rebel UNITA". */
    private static final Map<String, Sector> ORGANIZATION_ROLES = Map.of("opposition", Sector.OPP, "rebel", Sector.REB,
            "rebels", Sector.REB, "insurgent", Sector.REB, "guerrilla", Sector.REB, "guerilla", Sector.REB,
            "separatist", Sector.REB);
    /** Prepositions after a group noun that name where its people live: "rebels in Chile", "students throughout Chile". */
    private static final Set<String> GROUP_PLACES = Set.of("in", "throughout");

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

    private record PeopleHit(int length, People people) implements Hit {
    }

    private record RegionHit(int length, Region region) implements Hit {
    }

    public DocumentActors find(AnnotatedText text) {
        DocumentActors actors = new DocumentActors(text, registry);
        boolean[] taken = new boolean[text.tokenCount()];
        Map<String, Set<String>> roles = new HashMap<>();
        Map<Integer, String> countriesAt = new HashMap<>(); // every country the text names, by first token
        findPeople(text, actors, taken, roles, countriesAt);
        findRegistryNames(text, actors, taken, roles, countriesAt);
        placeTitledPeople(text, actors, roles, countriesAt);
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

    private void findPeople(AnnotatedText text, DocumentActors actors, boolean[] taken, Map<String, Set<String>> roles,
                            Map<Integer, String> countriesAt) {
        List<EntityMention> people = text.entities().stream().filter(e -> e.type().equals("PERSON")).toList();
        Map<String, List<String>> nameTokens = new HashMap<>();
        Map<String, Integer> namedFirstAt = new HashMap<>(); // where each person is first named
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
                if (words.size() == 1 && registry.findPeople(words.get(0)).isPresent()
                        && roleAt(text, e.endToken(), text.sentenceOf(first).endToken()).isPresent()) {
                    continue; // "Yoruba leaders": a people before a role, whatever the tagger says
                }
                String surface = text.text().substring(text.begin(first), text.end(e.endToken() - 1));
                Optional<Gender> titled = first > 0 ? PersonGender.ofTitle(text.word(first - 1)) : Optional.empty();
                int nameStart = first;
                String id = samePerson(words, titled, nameTokens, namedFirstAt).orElseGet(() -> {
                    String newId = "person:" + Slug.of(surface);
                    actors.draft(newId, surface, ActorKind.PERSON, null, null);
                    nameTokens.put(newId, words);
                    namedFirstAt.put(newId, nameStart);
                    return newId;
                });
                int start = first > e.firstToken() ? e.firstToken()
                        : first > 0 && HONORIFICS.contains(text.word(first - 1)) ? first - 1 : first;
                actors.mention(id, start, e.endToken());
                mark(taken, start, e.endToken());
                int title = applyTitle(text, actors.draft(id), start, taken, roles, countriesAt);
                if (title < start) {
                    actors.titleMention(id, title, start); // "U.S. negotiator" in "U.S. negotiator Paul Nitze" is him too
                } else if (actors.draft(id).sector == null && actors.draft(id).country == null) {
                    int[] appositive = applyAppositiveTitle(text, actors.draft(id), e.endToken(), taken, roles, countriesAt);
                    if (appositive != null) {
                        actors.titleMention(id, appositive[0], appositive[1]); // "Kofi Annan, UN secretary-general,"
                    }
                }
                countryOf(text, actors.draft(id), e.endToken());
                DocumentActors.Draft person = actors.draft(id);
                if (person.country == null && person.code == null) {
                    // "President Bush", "Putin said": a well-known person's country, which the text did not give
                    person.country = registry.findPersonCountry(surface).orElse(null);
                }
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

    /**
     * The person whose name holds every one of these words: of several ("Cruz" in a text that
     * names Ted and Heidi Cruz), one the title before the words allows if any ("Mrs. Cruz"), then
     * the one the text named in full first, whom news goes on to call by the surname alone.
     */
    private static Optional<String> samePerson(List<String> words, Optional<Gender> title,
                                               Map<String, List<String>> nameTokens, Map<String, Integer> namedFirstAt) {
        List<String> named = nameTokens.entrySet().stream()
                .filter(e -> e.getValue().containsAll(words)).map(Map.Entry::getKey).toList();
        List<String> titled = named.stream().filter(id -> title.isEmpty()
                || PersonGender.ofFirstName(nameTokens.get(id).get(0)).orElse(title.get()) == title.get()).toList();
        List<String> candidates = titled.isEmpty() ? named : titled;
        return candidates.stream().min(Comparator.comparingInt(namedFirstAt::get));
    }

    /**
     * Gives a titled person without a country the country named right after the name: "King Hassan of
     * Morocco", "President Elena Vidal of Chile".
     */
    private void countryOf(AnnotatedText text, DocumentActors.Draft person, int nameEnd) {
        if (person.country != null || person.sector == null || person.code != null || nameEnd + 1 >= text.tokenCount()
                || !text.word(nameEnd).equals("of")) {
            return;
        }
        int t = nameEnd + 1 + (text.word(nameEnd + 1).equalsIgnoreCase("the") ? 1 : 0);
        int end = text.sentenceOf(nameEnd).endToken();
        Optional<Hit> hit = t < end ? lookup(text, t, end) : Optional.empty();
        if (hit.isPresent() && hit.get() instanceof CountryHit c && !c.demonym()) {
            person.country = c.country().alpha3();
        }
    }

    /**
     * Reads the title before a name ("North Korean leader") into the person's country, sector and roles;
     * returns the first token of the registry words that run up to the name ({@code nameStart} when none do).
     */
    private int applyTitle(AnnotatedText text, DocumentActors.Draft person, int nameStart, boolean[] taken,
                           Map<String, Set<String>> roles, Map<Integer, String> countriesAt) {
        int sentenceStart = text.sentenceOf(nameStart).firstToken();
        int first = nameStart;
        while (first - 1 >= sentenceStart && nameStart - first < 8 && titleWord(text, first - 1)) {
            first--;
        }
        return readTitle(text, person, first, nameStart, taken, roles, countriesAt);
    }

    /**
     * Reads the title in apposition after a name ("Kofi Annan, UN secretary-general, said", "Tomas Lind, Chile's
     * foreign minister, arrived") into the person, as {@link #applyTitle} reads one before it: title words between
     * commas (or a comma and the sentence's end) whose last registry words are a role; "X, a friend of the
     * president, said" has none. Returns the title's token range, or null when there is none.
     */
    private int[] applyAppositiveTitle(AnnotatedText text, DocumentActors.Draft person, int nameEnd, boolean[] taken,
                                      Map<String, Set<String>> roles, Map<Integer, String> countriesAt) {
        int end = text.sentenceOf(Math.max(0, nameEnd - 1)).endToken();
        if (nameEnd + 1 >= end || !text.word(nameEnd).equals(",")) {
            return null;
        }
        int first = nameEnd + 1 + (text.pos(nameEnd + 1).equals("DT") ? 1 : 0);
        int last = first;
        while (last < end && last - first < 8 && titleWord(text, last)) {
            last++;
        }
        if (last == first || last < end && !text.word(last).equals(",") && !text.pos(last).equals(".")) {
            return null;
        }
        Hit lastHit = null;
        int lastEnd = -1;
        for (int t = first; t < last; ) {
            Optional<Hit> hit = lookup(text, t, last);
            if (hit.isPresent() && !anyTaken(taken, t, t + hit.get().length())) {
                lastHit = hit.get();
                lastEnd = t + hit.get().length();
            }
            t += hit.map(Hit::length).orElse(1);
        }
        if (!(lastHit instanceof RoleHit) || lastEnd != last) {
            return null;
        }
        readTitle(text, person, first, last, taken, roles, countriesAt);
        return new int[]{first, last};
    }

    /** Reads the title words {@code [first, nameStart)} into the person; see {@link #applyTitle}. */
    private int readTitle(AnnotatedText text, DocumentActors.Draft person, int first, int nameStart, boolean[] taken,
                          Map<String, Set<String>> roles, Map<Integer, String> countriesAt) {
        int sentenceStart = text.sentenceOf(first).firstToken();
        Organization igo = null;
        boolean office = false; // whether these title words name an office
        List<int[]> hits = new ArrayList<>();
        for (int t = first; t < nameStart; ) {
            Optional<Hit> hit = lookup(text, t, nameStart);
            if (hit.isEmpty()) {
                t++;
                continue;
            }
            Hit h = hit.get();
            hits.add(new int[]{t, t + h.length()});
            String country = h instanceof CountryHit c ? c.country().alpha3()
                    : h instanceof SeatHit st ? st.seat().country()
                    : h instanceof OrgHit o ? o.org().country() : null;
            if (country != null) {
                countriesAt.put(t, country);
            }
            if (h instanceof CountryHit c) {
                person.country = person.country == null ? c.country().alpha3() : person.country;
            } else if (h instanceof SeatHit s) {
                person.country = person.country == null ? s.seat().country() : person.country;
                person.sector = person.sector == null ? s.seat().sector() : person.sector;
            } else if (h instanceof OrgHit o) {
                person.country = person.country == null ? o.org().country() : person.country;
                igo = o.org().intergovernmental() ? o.org() : igo;
            } else if (h instanceof RoleHit r) {
                office = true;
                person.sector = r.role().sector();
                roles.computeIfAbsent(person.id, k -> new HashSet<>()).add(canonicalRole(r.role().phrase()));
            }
            t += hit.get().length();
        }
        // "a former Obama adviser" makes no former president of Obama: the office must be in these words
        if (office && FormerOffices.STATE_OFFICES.contains(person.sector)
                && FormerOffices.formerAmong(text, Math.max(sentenceStart, first - 1), nameStart)) {
            person.sector = Sector.ELI; // "former prime minister X", "Ousted President Y": out of office, an elite
        }
        if (igo != null && person.country == null) {
            // "U.N. Secretary-General": an office of the organisation, not of a state, its sector the role there;
            // "Norway's U.N. ambassador" holds an office of Norway
            person.code = person.sector == null ? igo.code() : igo.codeInRole(person.sector);
            person.sector = person.sector == null ? igo.sector() : igo.sectorInRole(person.sector);
        }
        mark(taken, first, nameStart);
        // the registry words right before the name: "U.S. negotiator", not "state radio broadcast Foreign Minister"
        int named = nameStart;
        for (int i = hits.size() - 1; i >= 0; i--) {
            int gap = hits.get(i)[1];
            while (gap < named && (POSSESSIVE.contains(text.word(gap)) || text.pos(gap).equals("HYPH"))) {
                gap++;
            }
            if (gap != named) {
                break;
            }
            named = hits.get(i)[0];
        }
        return named;
    }

    private static boolean titleWord(AnnotatedText text, int t) {
        String pos = text.pos(t);
        if (pos.equals("HYPH") || text.word(t).equals("of") || text.word(t).equals("for")) {
            // inside a title only: "Secretary-General", "right-winger", "Secretary of State", "Minister for Interior"
            boolean next = text.pos(t + 1).startsWith("NN") || pos.equals("HYPH") && text.pos(t + 1).equals("JJ");
            return t > 0 && text.pos(t - 1).startsWith(pos.equals("HYPH") ? "" : "NN") && next; // "secretary-general"
        }
        // "Jordan's visiting King X": a participle right after a possessive describes the title's holder
        return pos.startsWith("NN") || pos.equals("JJ") || pos.equals("POS")
                || pos.equals("VBG") && t > 0 && text.pos(t - 1).equals("POS");
    }

    /**
     * Gives a person whose title names an office but no country ("President Yoweri Museveni") the
     * country of the document when the document names exactly one, not counting a country after
     * "against", "with" or "to" (the other side: "threatened action against Russia") nor one named by its
     * diplomats ("Moroccan diplomats met President Obama": a diplomat deals with other states).
     */
    private static void placeTitledPeople(AnnotatedText text, DocumentActors actors, Map<String, Set<String>> roles,
                                          Map<Integer, String> countriesAt) {
        Set<String> named = new HashSet<>();
        countriesAt.forEach((token, country) -> {
            String before = token > 0 ? text.word(token - 1).toLowerCase(Locale.ROOT) : "";
            if (!OTHER_SIDE.contains(before) && !diplomatic(text, actors, token)) {
                named.add(country);
            }
        });
        if (named.size() != 1) {
            return;
        }
        String country = named.iterator().next();
        for (String id : roles.keySet()) {
            DocumentActors.Draft person = actors.draft(id);
            if (person.country == null && person.sector != null && person.code == null) { // not an organisation's
                person.country = country;
            }
        }
    }

    /** Whether a mention holding the token names diplomats: "Moroccan diplomats", "the ambassador of Chile". */
    private static boolean diplomatic(AnnotatedText text, DocumentActors actors, int token) {
        return actors.tokenMentions().stream()
                .filter(m -> m.first() <= token && token < m.end())
                .anyMatch(m -> {
                    for (int t = m.first(); t < m.end(); t++) {
                        if (DIPLOMATS.contains(text.lemma(t).toLowerCase(Locale.ROOT))) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    private void findRegistryNames(AnnotatedText text, DocumentActors actors, boolean[] taken,
                                   Map<String, Set<String>> roles, Map<Integer, String> countriesAt) {
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
                String country = h instanceof CountryHit c ? c.country().alpha3()
                        : h instanceof SeatHit st ? st.seat().country()
                        : h instanceof OrgHit o ? o.org().country() : null;
                boolean ethnic = h instanceof CountryHit c && c.demonym() && start > 0
                        && text.word(start - 1).equalsIgnoreCase("ethnic");
                if (country != null && !ethnic) {
                    countriesAt.put(start, country);
                }
                int consumed = next;
                if (h instanceof OrgHit o) {
                    var org = o.org();
                    DocumentActors.Draft draft = actors.draft(org.id(), org.name(), org.kind(), org.country(), org.sector());
                    draft.code = org.code();
                    Optional<Sector> told = org.sector() == null ? sectorTold(text, start, next, end) : Optional.empty();
                    if (told.isPresent()) {
                        // "the opposition Fatah": the text tells the role of a movement whose role changed over time
                        draft.sector = told.get();
                        draft.code = null;
                    }
                    actors.mention(org.id(), start, next);
                } else if (h instanceof SeatHit s && s.seat().capital() && possessiveRole(text, next, end)) {
                    // "Cairo's security chief", "Moscow's envoy": the capital's country in that role
                    Country c = registry.country(s.seat().country()).orElseThrow();
                    consumed = countryPhrase(text, actors, roles, new CountryHit(s.length(), c, false), start, next, end);
                } else if (h instanceof SeatHit s && s.seat().city() && ForcedPlaces.underForce(text, start)) {
                    // "blockade Paris", "a curfew in Algiers": force falls on the city's people, not on its government
                    describe(text, actors, roles, List.of(s.seat().country()), PEOPLE, start, next);
                } else if (h instanceof SeatHit s && s.seat().city() && afterPlacePreposition(text, start)) {
                    actors.place(s.seat().country(), start, next); // "arrived in Pyongyang"
                } else if (h instanceof SeatHit s) {
                    // a capital that acts is its government; a seat of power is an institution of its own
                    String name = stripThe(s.seat().phrase());
                    String id = s.seat().capital()
                            ? s.seat().sector().name().toLowerCase(Locale.ROOT) + ":" + s.seat().country()
                            : "org:" + Slug.of(name);
                    actors.draft(id, name, ActorKind.ORGANIZATION, s.seat().country(), s.seat().sector());
                    actors.mention(id, start, next);
                } else if (h instanceof CountryHit c) {
                    OptionalInt organization = ethnic ? OptionalInt.empty() : organizationNamedFor(text, start, next);
                    if (organization.isPresent()) {
                        consumed = organization.getAsInt();
                        countryOrganization(text, actors, c.country(), start, consumed);
                    } else {
                        consumed = ethnic ? ethnicGroup(text, actors, roles, c, start, next, end)
                                : countryPhrase(text, actors, roles, c, start, next, end);
                    }
                } else if (h instanceof PeopleHit p) {
                    consumed = groupOfAPeople(text, actors, roles, List.of(homeOf(text, p.people(), start)), start,
                            next, end);
                } else if (h instanceof RegionHit r && roleAt(text, next, end).isPresent()) {
                    consumed = groupOfAPeople(text, actors, roles, List.of(r.region().country()), start, next, end);
                } else if (h instanceof RegionHit r) {
                    actors.place(r.region().country(), start, next); // "fighting in Darfur"
                } else if (h instanceof RoleHit) {
                    consumed = rolePhrase(text, actors, roles, countriesAt, start, end);
                }
                mark(taken, start, Math.max(consumed, next));
                t = Math.max(consumed, next);
            }
        }
    }

    /**
     * The end of an organisation the entity tagger found whose name opens with the country at {@code [start,
     * next)} and goes on with more than a role of that country: "the Kenya Revenue Authority", "the Nigerian
     * Union of Teachers", "the Norwegian Refugee Council" (an NGO, not Norway); not when the rest is a name the
     * registry knows: "the Russian Army" and "the Chilean Defense Ministry" are roles of their state, "the U.S.
     * State Department" a seat of power.
     */
    private OptionalInt organizationNamedFor(AnnotatedText text, int start, int next) {
        for (EntityMention e : text.entities()) {
            // the tagger may leave a demonym out of the name: "Norwegian" + "Refugee Council"
            if ((e.firstToken() == start || e.firstToken() == next) && e.endToken() > next
                    && e.type().equals("ORGANIZATION")) {
                Optional<Hit> rest = lookup(text, next, e.endToken());
                boolean known = rest.isPresent() && next + rest.get().length() == e.endToken();
                return known ? OptionalInt.empty() : OptionalInt.of(e.endToken());
            }
        }
        return OptionalInt.empty();
    }

    /**
     * An organisation named for its country, tokens {@code [start, end)}: of that country, and of the sector
     * of its head noun ("Ministry of …"), else of the group it gathers ("Union of Teachers": EDU), else of none.
     */
    private void countryOrganization(AnnotatedText text, DocumentActors actors, Country country, int start, int end) {
        int head = start;
        while (head + 1 < end && !text.word(head + 1).equals("of")) {
            head++;
        }
        Sector sector = registry.findRole(text.word(head)).map(Role::sector).orElse(null);
        for (int t = head + 1; sector == null && t < end; t++) {
            sector = registry.findRole(text.word(t)).filter(Role::group).map(Role::sector).orElse(null);
        }
        for (int t = start + 1; sector == null && t < head; t++) {
            sector = registry.findRole(text.word(t)).filter(Role::group).map(Role::sector).orElse(null);
        }
        String name = actors.surface(start, end);
        String id = "org:" + Slug.of(name);
        actors.draft(id, name, ActorKind.ORGANIZATION, country.alpha3(), sector);
        actors.mention(id, start, end);
    }

    /**
     * A country name or demonym, possibly opening a longer phrase: "South Korean officials" (a
     * group), "Russia's top diplomat" (a description), "Russian and North Korean officials" (a
     * group of two countries). Returns the token after the phrase.
     */
    private int countryPhrase(AnnotatedText text, DocumentActors actors, Map<String, Set<String>> roles,
                              CountryHit hit, int start, int next, int end) {
        int settlement = hit.demonym() ? -1 : settlementBefore(text, start);
        if (settlement >= 0) {
            // "retook a village in western Chile", "control of villages near Chile's border": the people who live there
            describe(text, actors, roles, List.of(hit.country().alpha3()), PEOPLE, settlement, next);
            return next;
        }
        List<String> countries = new ArrayList<>(List.of(hit.country().alpha3()));
        List<int[]> members = new ArrayList<>(List.of(new int[]{start, next}));
        int t = next;
        boolean possessive = false;
        if (!hit.demonym() && t < end && POSSESSIVE.contains(text.word(t))) {
            possessive = true;
            t++;
        } else {
            // "Russian and North Korean officials", "U.S. and Russian negotiators"
            while (t + 1 < end && (text.word(t).equals("and") || text.word(t).equals(","))) {
                Optional<Hit> more = lookup(text, t + 1, end);
                if (more.isPresent() && more.get() instanceof CountryHit c && (c.demonym() || !hit.demonym())) {
                    countries.add(c.country().alpha3());
                    members.add(new int[]{t + 1, t + 1 + c.length()});
                    t = t + 1 + c.length();
                } else {
                    break;
                }
            }
            if (hit.demonym() && countries.size() == 1 && t < end && text.pos(t).equals("NNPS")
                    && !plural(text, start + hit.length() - 1)) {
                // a people of a country: "Bosnian Serbs", "Iraqi Kurds"
                describe(text, actors, roles, countries, PEOPLE, start, t + 1);
                return t + 1;
            }
        }
        // modifiers, then a role noun: "top diplomat", "state television", "officials", "civilian refugees";
        // a country's name takes the role right after it only: "U.S. officials", "Mozambique government"
        int maxSkip = hit.demonym() || possessive ? 2 : 0;
        for (int skip = 0; skip <= maxSkip && t + skip < end; skip++) {
            if (skip > 0 && !MODIFIER.contains(text.pos(t + skip - 1))) {
                break;
            }
            Optional<RoleHit> found = roleAt(text, t + skip, end);
            if (found.isEmpty()) {
                continue;
            }
            int roleStart = t + skip;
            if (!nounHead(text, roleStart + found.get().length() - 1, end)) {
                continue; // "civilian" in "civilian refugees": a modifier, the role comes later
            }
            RoleHit chain = roleChain(text, roleStart, end);
            int roleEnd = roleStart + chain.length();
            Role role = FormerOffices.formerOr(text, start, roleEnd - 1, civilianOr(text, t, roleEnd - 1, chain.role()));
            if (!actsAsRole(text, role, roleEnd, end)) {
                break;
            }
            describe(text, actors, roles, countries, role, start, roleEnd);
            if (countries.size() > 1 && role.group()) {
                // each country's part is an actor of its own, mentioned by its demonym
                for (int i = 0; i < countries.size(); i++) {
                    int[] m = members.get(i);
                    describe(text, actors, roles, List.of(countries.get(i)), role, m[0], m[1],
                            actors.surface(m[0], m[1]) + " " + actors.surface(roleStart, roleEnd));
                }
            }
            return roleEnd;
        }
        if (hit.demonym() && countries.size() == 1 && !plural(text, start + hit.length() - 1)) {
            if (actsOfState(text, next, end)) {
                // "an Indian proposal", "Israeli air raids": the state that proposes or raids
                var country = hit.country();
                actors.draft(country.actorId(), country.name(), ActorKind.STATE, country.alpha3(), null);
                actors.mention(country.actorId(), start, next);
                return next;
            }
            int home = homeOfPeople(text, next, end);
            if (home > 0 && afterPlacePreposition(text, start)) {
                actors.place(hit.country().alpha3(), start, home); // "fighting in Iraqi towns": where, not who
                return home;
            }
            if (home > 0) {
                // "shelled Iraqi towns", "demolished Palestinian homes": the country's people who live there
                describe(text, actors, roles, countries, PEOPLE, start, home);
                return home;
            }
            return next; // "Russian weapons": an adjective, not an actor
        }
        if (hit.demonym() && countries.size() == 1 && !(start > 0 && text.word(start - 1).equalsIgnoreCase("the"))) {
            // "168 Liberians", "young Algerians": people of the country; "the Russians" is its side, the state
            describe(text, actors, roles, countries, PEOPLE, start, next);
            return next;
        }
        var country = hit.country();
        actors.draft(country.actorId(), country.name(), ActorKind.STATE, country.alpha3(), null);
        actors.mention(country.actorId(), start, next);
        return next;
    }

    /**
     * "ethnic Albanians", "ethnic Albanian guerrillas": a people, not the state of its demonym, living in the
     * one other country its sentence names ("… demonstrated in Serbia" makes them SRB), or in none that the
     * text tells. "ethnic Albanian villages" is an adjective. Returns the token after the phrase.
     */
    private int ethnicGroup(AnnotatedText text, DocumentActors actors, Map<String, Set<String>> roles,
                            CountryHit hit, int start, int next, int end) {
        Set<String> named = countriesNamedIn(text, start);
        named.remove(hit.country().alpha3());
        List<String> residence = named.size() == 1 ? List.copyOf(named) : List.of();
        return groupOfAPeople(text, actors, roles, residence, start - 1, next, end);
    }

    /** Of the countries a people lives in, the first its sentence names, else its home ("Shona rebels" in Mozambique). */
    private String homeOf(AnnotatedText text, People people, int token) {
        Set<String> named = countriesNamedIn(text, token);
        return people.countries().stream().filter(named::contains).findFirst().orElse(people.countries().get(0));
    }

    /**
     * A people's name {@code [first, next)}, plural ("Kurds", "ethnic Albanians": the people, CVL) or before a
     * role ("Tamil refugees", "ethnic Albanian guerrillas": a group of that role), as a group of the countries
     * given. Returns the token after the phrase.
     */
    private int groupOfAPeople(AnnotatedText text, DocumentActors actors, Map<String, Set<String>> roles,
                               List<String> countries, int first, int next, int end) {
        if (plural(text, next - 1)) {
            describe(text, actors, roles, countries, PEOPLE, first, next);
            return next;
        }
        Optional<RoleHit> role = roleAt(text, next, end);
        if (role.isEmpty()) {
            return next;
        }
        RoleHit chain = roleChain(text, next, end);
        int roleEnd = next + chain.length();
        if (text.pos(roleEnd - 1).startsWith("NN") && actsAsRole(text, chain.role(), roleEnd, end)) {
            describe(text, actors, roles, countries, chain.role(), first, roleEnd);
            return roleEnd;
        }
        return next;
    }

    /** The countries the sentence of {@code token} names, in text order. */
    private Set<String> countriesNamedIn(AnnotatedText text, int token) {
        var sentence = text.sentenceOf(token);
        Set<String> named = new LinkedHashSet<>();
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Optional<Hit> hit = lookup(text, t, sentence.endToken());
            if (hit.isPresent() && hit.get() instanceof CountryHit c) {
                named.add(c.country().alpha3());
            }
            t += hit.map(h -> h.length() - 1).orElse(0);
        }
        return named;
    }

    /**
     * A role noun that no country came before: "rebels in the Ivory Coast", "the president of Armenia"
     * (the country after "of", or "in" for a group); "Kremlin officials" (the seat or organisation right
     * before; the people of an intergovernmental organisation, "U.N. peacekeepers", are an actor of
     * that organisation in their role, those of another organisation without a country ("Red Cross officials")
     * that organisation; "and tanks" after "Israeli helicopters" shares their country); "the ministry" after "Japan's foreign ministry" (the last body of that name: the same
     * actor); "a ministry spokeswoman" (that body's country). A group with none of these is a group of its
     * sector without a country ("demonstrators", "militants"); a person's role without them, or a group a
     * pronoun owns ("its troops"), is left to later stages. Returns the token after the phrase.
     */
    private int rolePhrase(AnnotatedText text, DocumentActors actors, Map<String, Set<String>> roles,
                           Map<Integer, String> countriesAt, int start, int end) {
        RoleHit chain = roleChain(text, start, end);
        int roleEnd = start + chain.length();
        Role role = FormerOffices.formerOr(text, start, roleEnd - 1,
                civilianOr(text, start, roleEnd - 1, chain.role()));
        if (!text.pos(roleEnd - 1).startsWith("NN") || !actsAsRole(text, role, roleEnd, end)) {
            return roleEnd;
        }
        Optional<CountryHit> after = countryAfter(text, role, roleEnd, end);
        if (after.isPresent()) {
            int country = roleEnd + 1 + (text.word(roleEnd + 1).equalsIgnoreCase("the") ? 1 : 0);
            countriesAt.put(country, after.get().country().alpha3());
            if (text.word(roleEnd).equals("of")) {
                // "the president of Armenia" is one mention, its article included
                int first = start > 0 && text.word(start - 1).equalsIgnoreCase("the") ? start - 1 : start;
                describe(text, actors, roles, List.of(after.get().country().alpha3()), role, first,
                        country + after.get().length());
                return country + after.get().length();
            }
            // in "rebels in Chile" the country stays a place of its own
            describe(text, actors, roles, List.of(after.get().country().alpha3()), role, start, roleEnd);
            return roleEnd;
        }
        Optional<String> leader = start > 0 ? actors.mentionEndingAt(start - 1).map(DocumentActors.TokenMention::actor)
                .filter(id -> actors.kind(id) == ActorKind.PERSON && actors.draft(id).country != null) : Optional.empty();
        if (leader.isPresent() && role.group() && role.sector() == Sector.GOV) {
            // "the Bush administration", "the Blair government": the government its leader's name stands for
            describe(text, actors, roles, List.of(actors.draft(leader.get()).country), role, start, roleEnd);
            return roleEnd;
        }
        Optional<DocumentActors.TokenMention> before = start > 0 ? actors.mentionEndingAt(start - 1)
                .filter(m -> actors.kind(m.actor()) != ActorKind.PERSON) : Optional.empty();
        Optional<Organization> igo = before.flatMap(m -> registry.organization(m.actor()))
                .filter(Organization::intergovernmental);
        if (igo.isPresent()) {
            organizationRole(actors, roles, igo.get(), role, before.get().first(), roleEnd);
            return roleEnd;
        }
        if (before.isPresent() && actors.draft(before.get().actor()).country == null
                && actors.kind(before.get().actor()) != ActorKind.GROUP) {
            // "U.N. peacekeepers", "Red Cross officials": an organisation of no country acts through its people
            actors.mention(before.get().actor(), before.get().first(), roleEnd);
            return roleEnd;
        }
        Optional<String> owner = before.map(DocumentActors.TokenMention::actor)
                .filter(id -> actors.draft(id).country != null);
        if (owner.isEmpty() && start > 1 && (text.word(start - 1).equals("and") || text.word(start - 1).equals("or"))) {
            // "Israeli helicopters and tanks", "Chilean police and soldiers": the country is shared
            owner = actors.mentionEndingAt(start - 2).map(DocumentActors.TokenMention::actor)
                    .filter(id -> actors.kind(id) == ActorKind.GROUP && actors.draft(id).country != null);
        }
        if (owner.isEmpty()) {
            owner = bodyBefore(text, actors, start);
            if (owner.isPresent() && chain.length() == roleAt(text, start, end).get().length()) {
                actors.mention(owner.get(), start, roleEnd); // "the ministry": the body named before
                return roleEnd;
            }
        }
        if (owner.isPresent()) {
            describe(text, actors, roles, List.of(actors.draft(owner.get()).country), role, start, roleEnd);
        } else if (role.group() && peacekeeping(role) && !ownedByPronoun(text, start)) {
            // "a regional peacekeeping force": no state's own, the force of states acting together (IGOMIL)
            int first = partOf(text, actors, start);
            String id = "group:igo-" + Slug.of(role.phrase());
            actors.draft(id, actors.surface(first, roleEnd), ActorKind.GROUP, null, role.sector()).code =
                    Organization.INTERGOVERNMENTAL + role.sector().name();
            actors.mention(id, first, roleEnd);
        } else if (role.group() && !ownedByPronoun(text, start)) {
            describe(text, actors, roles, List.of(), role, partOf(text, actors, start), roleEnd);
        }
        return roleEnd;
    }

    /**
     * The people of an intergovernmental organisation in a role ("U.N. peacekeepers", "NATO troops", "a U.N.
     * official"): an actor of their own, of no country, whose sector is the role and whose code the organisation's
     * with the role ({@code IGOUNOMIL}); a person's role joins the person who holds it ("U.N. Secretary-General Kofi
     * Annan" … "the U.N. Secretary-General").
     */
    private static void organizationRole(DocumentActors actors, Map<String, Set<String>> roles, Organization org,
                                         Role role, int first, int end) {
        String code = org.codeInRole(role.sector());
        String canonical = canonicalRole(role.phrase());
        String id = role.group() ? org.id() + "/" + role.sector().name().toLowerCase(Locale.ROOT)
                : roles.entrySet().stream()
                        .filter(e -> e.getValue().contains(canonical) && code.equals(actors.draft(e.getKey()).code))
                        .map(Map.Entry::getKey).findFirst()
                        .orElse(org.id() + "/" + Slug.of(canonical));
        ActorKind kind = role.group() ? ActorKind.GROUP : ActorKind.PERSON;
        actors.draft(id, actors.surface(first, end), kind, null, org.sectorInRole(role.sector())).code = code;
        actors.mention(id, first, end);
    }

    /** Whether a possessive and a role noun, after at most two modifiers, follow {@code t}: "'s security chief". */
    private boolean possessiveRole(AnnotatedText text, int t, int end) {
        if (t >= end || !POSSESSIVE.contains(text.word(t))) {
            return false;
        }
        for (int u = t + 1; u < end && u <= t + 3; u++) {
            if (roleAt(text, u, end).isPresent()) {
                return true;
            }
            if (!MODIFIER.contains(text.pos(u))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The token of a village or town right before "in" or "near" and the country at {@code start}, as the
     * demonym rule reads "Iraqi towns": "a village in western Chile" is Chile's people there; -1 when there is
     * none, or when a place preposition makes the village a place ("lives in a village in Chile").
     */
    private static int settlementBefore(AnnotatedText text, int start) {
        int t = start - 1;
        if (t >= 0 && ForcedPlaces.PARTS_OF_A_PLACE.contains(text.word(t).toLowerCase(Locale.ROOT))) {
            t--;
        }
        if (t < 1 || !(text.word(t).equals("in") || text.word(t).equals("near"))
                || !SETTLEMENTS.contains(text.lemma(t - 1).toLowerCase(Locale.ROOT)) || !text.pos(t - 1).startsWith("NN")) {
            return -1;
        }
        int u = t - 2;
        while (u >= 0 && t - 2 - u < 3 && (MODIFIER.contains(text.pos(u)) || text.pos(u).equals("DT") || text.pos(u).equals("CD"))) {
            u--;
        }
        return u >= 0 && PLACE_PREPOSITIONS.contains(text.word(u).toLowerCase(Locale.ROOT)) ? -1 : t - 1;
    }

    /**
     * The sector the word before an organisation's name tells, for one the registry gives no fixed sector (a
     * movement that was a rebel group, a party and a government in turn): "the opposition Fatah" OPP, "rebel UNITA"
     * REB, "the defeated Fatah party" OPP (a party defeated in an election is out of government); empty otherwise.
     */
    private static Optional<Sector> sectorTold(AnnotatedText text, int start, int next, int end) {
        if (start == text.sentenceOf(start).firstToken()) {
            return Optional.empty();
        }
        String before = text.word(start - 1).toLowerCase(Locale.ROOT);
        boolean party = text.word(next - 1).equalsIgnoreCase("party") || next < end && text.word(next).equalsIgnoreCase("party");
        return Optional.ofNullable(ORGANIZATION_ROLES.get(before))
                .or(() -> before.equals("defeated") && party ? Optional.of(Sector.OPP) : Optional.empty());
    }

    /** Whether the role is peacekeepers ("peacekeepers", "peacekeeping force"), whom states send together. */
    private static boolean peacekeeping(Role role) {
        return role.phrase().startsWith("peacekeep") || role.phrase().startsWith("peace-keep");
    }

    /** Whether a possessive pronoun owns the noun at {@code start}: "its troops", "their own fighters". */
    private static boolean ownedByPronoun(AnnotatedText text, int start) {
        int t = start - 1;
        while (t >= 0 && (text.pos(t).startsWith("JJ") || text.pos(t).equals("VBN"))) {
            t--;
        }
        return t >= 0 && text.pos(t).equals("PRP$");
    }

    /**
     * Where the noun phrase starts whose part a group is: "74 percent of likely voters", "a majority of
     * voters", "a number of members of Congress" name a share of the group, and that share is the actor;
     * {@code start} when the group is not after "of".
     */
    private static int partOf(AnnotatedText text, DocumentActors actors, int start) {
        int first = start;
        boolean of = false;
        for (int t = start - 1; t >= text.sentenceOf(start).firstToken() && actors.actorAt(t).isEmpty(); t--) {
            if (text.word(t).equals("of") && t > 0 && (SHARES.contains(text.lemma(t - 1).toLowerCase(Locale.ROOT))
                    || text.pos(t - 1).equals("CD"))) {
                of = true;
            } else if (SHARE_WORDS.contains(text.pos(t)) && !timeWord(text, t)
                    || text.pos(t).equals("RB") && text.pos(t + 1).equals("CD")) {
                first = of ? t : first;
            } else {
                break;
            }
        }
        return first;
    }

    /**
     * The country named right after a role: "of [the] COUNTRY", or for a group "in/throughout [the] COUNTRY or
     * capital" ("students throughout Chile").
     */
    private Optional<CountryHit> countryAfter(AnnotatedText text, Role role, int roleEnd, int end) {
        String preposition = roleEnd + 1 < end ? text.word(roleEnd) : "";
        if (!(preposition.equals("of") || role.group() && GROUP_PLACES.contains(preposition))) {
            return Optional.empty();
        }
        int t = roleEnd + 1 + (text.word(roleEnd + 1).equalsIgnoreCase("the") ? 1 : 0);
        Optional<Hit> hit = t < end ? lookup(text, t, end) : Optional.empty();
        if (hit.isPresent() && hit.get() instanceof CountryHit c && !c.demonym()) {
            return Optional.of(c);
        }
        if (hit.isPresent() && hit.get() instanceof SeatHit s && s.seat().capital() && !preposition.equals("of")) {
            // "demonstrators in Baghdad": people in a capital are of its country
            return registry.country(s.seat().country()).map(c -> new CountryHit(s.length(), c, false));
        }
        if (hit.isPresent() && hit.get() instanceof RegionHit r) {
            // "rebels in Darfur", "the government of Sindh province": people of a region are of its country
            return registry.country(r.region().country()).map(c -> new CountryHit(r.length(), c, false));
        }
        return Optional.empty();
    }

    /**
     * The body a bare singular role names again ("the ministry" after "Japan's foreign ministry"): the
     * last earlier group actor of a country whose mention ends with the same noun.
     */
    private Optional<String> bodyBefore(AnnotatedText text, DocumentActors actors, int start) {
        if (!text.pos(start).equals("NN")) {
            return Optional.empty();
        }
        String noun = text.word(start).toLowerCase(Locale.ROOT);
        return actors.tokenMentions().stream()
                .filter(m -> m.end() <= start && actors.kind(m.actor()) == ActorKind.GROUP
                        && actors.draft(m.actor()).country != null
                        && text.word(m.end() - 1).toLowerCase(Locale.ROOT).equals(noun))
                .reduce((a, b) -> b).map(DocumentActors.TokenMention::actor);
    }

    /**
     * The role compound starting at {@code t}: "government forces", "army officials", "ministry spokeswoman"
     * take the sector and kind of their last role; its length covers all of them.
     */
    private RoleHit roleChain(AnnotatedText text, int t, int end) {
        RoleHit first = roleAt(text, t, end).orElseThrow();
        Role role = first.role();
        int roleEnd = t + first.length();
        Optional<RoleHit> more = roleAt(text, roleEnd, end);
        while (more.isPresent() && text.pos(roleEnd + more.get().length() - 1).startsWith("NN")) {
            role = more.get().role();
            roleEnd += more.get().length();
            more = roleAt(text, roleEnd, end);
        }
        return new RoleHit(roleEnd - t, role);
    }

    /**
     * Whether a role ending before {@code roleEnd} names an actor, rather than a name's title ("army chief
     * Ahmed Ali") or a modifier of a later noun ("military and nuclear program"); a group keeps acting before a
     * noun it owns ("Israeli army bulldozers").
     */
    private static boolean actsAsRole(AnnotatedText text, Role role, int roleEnd, int end) {
        boolean named = roleEnd < end && text.pos(roleEnd).startsWith("NNP") && !timeWord(text, roleEnd);
        boolean plural = text.pos(roleEnd - 1).equals("NNS");
        boolean modifier = role.group() ? !plural && modifiesLaterNoun(text, roleEnd, end)
                && text.pos(roleEnd).equals("CC") : modifiesLaterNoun(text, roleEnd, end);
        return !named && !modifier;
    }

    /**
     * The role, or civilians when "civilian" is among the words {@code [from, head)} before its head: "civilian
     * advisers" are civilians, but "civilian officials" and "the civilian government" still govern.
     */
    private static Role civilianOr(AnnotatedText text, int from, int head, Role role) {
        for (int t = from; t < head; t++) {
            if (text.word(t).equalsIgnoreCase("civilian") && STATE_ROLES_CIVILIAN.contains(role.sector())
                    && !GOVERNING.contains(role.phrase())) {
                return new Role(role.phrase(), Sector.CVL, role.group());
            }
        }
        return role;
    }

    /**
     * Whether the word at {@code t} heads a noun phrase: a noun, or a word the tagger read as an adjective with no
     * noun or adjective after it to modify ("a U.S. national has", "the Chilean military said"; not "national
     * security").
     */
    private static boolean nounHead(AnnotatedText text, int t, int end) {
        if (text.pos(t).startsWith("NN")) {
            return true;
        }
        String next = t + 1 < end ? text.pos(t + 1) : "";
        return text.pos(t).equals("JJ") && !next.startsWith("NN") && !next.startsWith("JJ") && !next.equals("CD")
                && !next.equals("HYPH");
    }

    /** Whether the word at {@code t} is a plural noun ("Palestinians", "Iraqis"), as the tagger has it. */
    private static boolean plural(AnnotatedText text, int t) {
        return text.pos(t).equals("NNPS") || text.pos(t).equals("NNS");
    }

    /** Whether an act of a state follows, after at most two modifiers: "peace plan", "air raids". */
    private static boolean actsOfState(AnnotatedText text, int t, int end) {
        return nounAfterModifiers(text, t, end, STATE_ACTS) >= 0;
    }

    /**
     * The first noun from {@code nouns} (by lemma) at {@code t} or after at most two modifiers, and the head
     * of its phrase ("village elders" are not the village); -1 when there is none.
     */
    private static int nounAfterModifiers(AnnotatedText text, int t, int end, Set<String> nouns) {
        for (int u = t; u < end && u <= t + 2; u++) {
            if (nouns.contains(text.lemma(u).toLowerCase(Locale.ROOT)) && text.pos(u).startsWith("NN")
                    && !nounFollows(text, u + 1, end)) {
                return u;
            }
            if (!MODIFIER.contains(text.pos(u))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether a place phrase opens before {@code start}: a place preposition ("in", "to", "near",
     * "visited" …), perhaps with a part of the place between ("in central Baghdad").
     */
    private static boolean afterPlacePreposition(AnnotatedText text, int start) {
        int before = start - 1;
        while (before >= 0 && ForcedPlaces.PARTS_OF_A_PLACE.contains(text.word(before).toLowerCase(Locale.ROOT))) {
            before--;
        }
        return before >= 0 && PLACE_PREPOSITIONS.contains(text.word(before).toLowerCase(Locale.ROOT));
    }

    /**
     * The token after a noun for where people live ("towns", "homes") that follows {@code t} after at most two
     * modifiers ("border villages", "civilian homes"); 0 when none does.
     */
    private static int homeOfPeople(AnnotatedText text, int t, int end) {
        return nounAfterModifiers(text, t, end, HOMES) + 1;
    }

    /**
     * Whether the noun before {@code t} modifies a later one: "military and nuclear program",
     * "state television station".
     */
    private static boolean modifiesLaterNoun(AnnotatedText text, int t, int end) {
        if (nounFollows(text, t, end)) {
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

    /** Whether the token at {@code t} is a noun that is no time word: "elders" in "village elders", not "today". */
    private static boolean nounFollows(AnnotatedText text, int t, int end) {
        return t < end && text.pos(t).startsWith("NN") && !timeWord(text, t);
    }

    /**
     * Whether the token is a day or date word ("today", "yesterday", "Monday") or inside a date or time expression
     * the time tagger found: after a noun it tells when, and does not extend the noun ("Iraqi towns today",
     * "U.S. officials Monday").
     */
    private static boolean timeWord(AnnotatedText text, int t) {
        return DAY_WORDS.contains(text.word(t).toLowerCase(Locale.ROOT)) || text.inDateOrTime(t);
    }

    /** A role held by one or more countries, with no name after it. */
    private void describe(AnnotatedText text, DocumentActors actors, Map<String, Set<String>> roles,
                          List<String> countries, Role role, int start, int end) {
        describe(text, actors, roles, countries, role, start, end, actors.surface(start, end));
    }

    /** {@link #describe}, naming a new actor {@code surface} rather than by its words. */
    private void describe(AnnotatedText text, DocumentActors actors, Map<String, Set<String>> roles,
                          List<String> countries, Role role, int start, int end, String surface) {
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
                // "the prime minister" is not the former prime minister named before, nor the other way round
                .filter(id -> (actors.draft(id).sector == Sector.ELI) == (role.sector() == Sector.ELI))
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
        String id = "role:" + (country == null ? "" : country + ":") + (role.sector() == Sector.ELI ? "former-" : "")
                + Slug.of(role.phrase());
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
        // one token always: a plural ("Russians") has no opening of its own in the registry
        for (int n = Math.min(Math.max(1, registry.maxTokensFrom(text.word(t))), end - t); n >= 1; n--) {
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
            var people = registry.findPeople(phrase);
            if (people.isPresent()) {
                return Optional.of(new PeopleHit(n, people.get()));
            }
            var region = registry.findRegion(phrase);
            if (region.isPresent()) {
                return Optional.of(new RegionHit(n, region.get()));
            }
            var role = registry.findRole(phrase);
            if (role.isPresent()) {
                return Optional.of(new RoleHit(n, role.get()));
            }
        }
        String word = text.word(t);
        if (Character.isUpperCase(word.charAt(0)) && !text.ner(t).equals("PERSON")) {
            // a wire story's typing slip: "Afganistan", "Ethopia"
            return registry.findCountryBySlip(word).map(c -> new CountryHit(1, c, false));
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

    /**
     * The words of tokens {@code [t, t + n)} as the text writes them, so that a phrase the tokenizer
     * split ("Asia - Pacific", "People 's") matches the registry's "Asia-Pacific", "People's".
     */
    private static String phrase(AnnotatedText text, int t, int n) {
        return text.text().substring(text.begin(t), text.end(t + n - 1));
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
