package org.claimgraph.extract.actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The actors claimgraph knows by name: every country with its names, demonyms, capital and seats of
 * power, the main intergovernmental organisations, NGOs and news media, role nouns with their sector, and
 * peoples without a state of their own with the countries they live in, regions of one country, and the
 * countries of well-known persons.
 *
 * <p>Load it once at start and share it: the instance is immutable and thread-safe; every call to
 * {@link #load()} reads and checks the data files again (about 25 ms warm, 250 ms in a cold JVM).
 * <pre>{@code
 * ActorRegistry registry = ActorRegistry.load();
 * registry.findCountryByName("DPRK");            // North Korea, actor id state:PRK
 * registry.findSeat("the Pentagon");             // USA, MIL
 * registry.findOrganization("KCNA");             // org:kcna, PRK, MED
 * registry.findRole("Foreign Minister");         // GOV, one person
 * }</pre>
 *
 * <p>Lookups are by whole phrase. Names, demonyms, seats and organisations are matched case-sensitively
 * as written ("WHO" is not "who"); roles case-insensitively. All lookups treat a leading "the " as
 * optional, straight and typographic apostrophes alike, runs of spaces as one and Unicode in NFC form.
 * A phrase names at most one actor: the loader rejects data where it would name two.
 */
public final class ActorRegistry {

    /** Shorter words are too often one slip from a country by chance ("Iram", "Chine"). */
    private static final int SLIP_MIN_LENGTH = 6;

    private final Map<String, Country> countries;
    private final List<Country> countryList;
    private final Map<String, Country> countriesByName;
    private final Map<String, Country> countriesByDemonym;
    /** One-word country names of five letters or more, for {@link #findCountryBySlip}. */
    private final Map<String, Country> slipNames;
    private final List<Seat> seats;
    private final Map<String, Seat> seatsByPhrase;
    private final Map<String, Organization> organizationsById;
    private final List<Organization> organizationList;
    private final Map<String, Organization> organizationsByPhrase;
    private final List<Role> roles;
    private final Map<String, Role> rolesByPhrase;
    private final Map<String, People> peoplesByPhrase;
    private final Map<String, Region> regionsByPhrase;
    private final Map<String, String> personCountries;
    private final Set<String> phrases;
    private final int maxPhraseWords;
    /** The most tokens of a phrase by the opening of its first word (see {@link #opening}). */
    private final Map<String, Integer> tokensByOpening;
    private final int maxTokens;

    ActorRegistry(Map<String, Country> countries, Map<String, Country> countriesByName,
                  Map<String, Country> countriesByDemonym, List<Seat> seats, Map<String, Seat> seatsByPhrase,
                  Map<String, Organization> organizationsById, Map<String, Organization> organizationsByPhrase,
                  List<Role> roles, Map<String, Role> rolesByPhrase, Map<String, People> peoplesByPhrase,
                  Map<String, Region> regionsByPhrase, Map<String, String> personCountries,
                  Collection<String> phrases) {
        this.countries = Map.copyOf(countries);
        this.countryList = List.copyOf(countries.values());
        this.countriesByName = Map.copyOf(countriesByName);
        this.countriesByDemonym = Map.copyOf(countriesByDemonym);
        Map<String, Country> slip = new HashMap<>();
        countriesByName.forEach((name, country) -> {
            if (name.length() >= SLIP_MIN_LENGTH - 1 && name.chars().allMatch(Character::isLetter)) {
                slip.put(name, country);
            }
        });
        this.slipNames = Map.copyOf(slip);
        this.seats = List.copyOf(seats);
        this.seatsByPhrase = Map.copyOf(seatsByPhrase);
        this.organizationsById = Map.copyOf(organizationsById);
        this.organizationList = List.copyOf(organizationsById.values());
        this.organizationsByPhrase = Map.copyOf(organizationsByPhrase);
        this.roles = List.copyOf(roles);
        this.rolesByPhrase = Map.copyOf(rolesByPhrase);
        this.peoplesByPhrase = Map.copyOf(peoplesByPhrase);
        this.regionsByPhrase = Map.copyOf(regionsByPhrase);
        this.personCountries = Map.copyOf(personCountries);
        this.phrases = Set.copyOf(phrases);
        this.maxPhraseWords = phrases.stream().mapToInt(PhraseKey::words).max().orElse(0);
        Map<String, Integer> tokens = new HashMap<>();
        for (String phrase : phrases) {
            String key = PhraseKey.of(phrase);
            tokens.merge(opening(key), tokens(key), Math::max);
        }
        this.tokensByOpening = Map.copyOf(tokens);
        this.maxTokens = tokens.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * Reads and checks the registry's data files from the classpath
     * ({@code org/claimgraph/extract/actors/*.tsv}).
     *
     * @throws IllegalStateException if a file is missing or a line is malformed; the message names the
     *                               file, the line number and the offending value
     */
    public static ActorRegistry load() {
        List<Reader> readers = new ArrayList<>();
        try {
            for (String name : List.of(RegistryLoader.COUNTRIES, RegistryLoader.SEATS,
                    RegistryLoader.ORGANIZATIONS, RegistryLoader.ROLES, RegistryLoader.PEOPLES,
                    RegistryLoader.REGIONS, RegistryLoader.PERSONS)) {
                readers.add(open(name));
            }
            return load(readers.get(0), readers.get(1), readers.get(2), readers.get(3), readers.get(4),
                    readers.get(5), readers.get(6));
        } finally {
            for (Reader reader : readers) {
                try {
                    reader.close();
                } catch (IOException e) {
                    // nothing was written; a failed close of a classpath resource loses nothing
                }
            }
        }
    }

    /**
     * Reads and checks the seven files from the given readers, which stand for the files of the same
     * names in error messages. The readers are not closed. For tests and for callers with their own data.
     */
    static ActorRegistry load(Reader countries, Reader seats, Reader organizations, Reader roles, Reader peoples,
                              Reader regions, Reader persons) {
        return RegistryLoader.load(countries, seats, organizations, roles, peoples, regions, persons);
    }

    private static Reader open(String resource) {
        InputStream in = ActorRegistry.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("actor registry file " + resource + " is not on the classpath");
        }
        // Malformed UTF-8 is an error in the data, not something to paper over with U+FFFD.
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The country with this alpha-3 code ({@code "RUS"}), exactly as written. */
    public Optional<Country> country(String alpha3) {
        return Optional.ofNullable(countries.get(Objects.requireNonNull(alpha3, "alpha3")));
    }

    /** The country this name stands for: {@code "North Korea"}, {@code "DPRK"}, {@code "U.S."}, {@code "the Gambia"}. */
    public Optional<Country> findCountryByName(String phrase) {
        return Optional.ofNullable(countriesByName.get(PhraseKey.of(phrase)));
    }

    /**
     * The country whose one-word name this word misspells by one typing slip (a letter left out, added,
     * changed, or two letters swapped): "Afganistan", "Ethopia", "Phillippines", "Quatar". Empty when the word
     * is a name or demonym itself ("Nigerian"), shorter than six letters ("Iram" could be Iran or Iraq), or one
     * slip from two countries.
     */
    public Optional<Country> findCountryBySlip(String word) {
        if (word.length() < SLIP_MIN_LENGTH || countriesByName.containsKey(word) || countriesByDemonym.containsKey(word)) {
            return Optional.empty();
        }
        Country found = null;
        for (var e : slipNames.entrySet()) {
            if (Math.abs(e.getKey().length() - word.length()) <= 1 && oneSlipApart(word, e.getKey())) {
                if (found != null && found != e.getValue()) {
                    return Optional.empty();
                }
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether one deletion, insertion, substitution or swap of neighbours turns {@code a} into {@code b}. */
    static boolean oneSlipApart(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (i == a.length()) {
                return false; // the same word
            }
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // one letter changed
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // two letters swapped
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.length() == shorter.length() + 1 && longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** The country of this demonym or adjective: {@code "North Korean"}, {@code "Russians"}, {@code "British"}. */
    public Optional<Country> findCountryByDemonym(String phrase) {
        return Optional.ofNullable(countriesByDemonym.get(PhraseKey.of(phrase)));
    }

    /** The capital or seat of power this phrase names: {@code "Moscow"}, {@code "the Kremlin"}, {@code "Pentagon"}. */
    public Optional<Seat> findSeat(String phrase) {
        return Optional.ofNullable(seatsByPhrase.get(PhraseKey.of(phrase)));
    }

    /** The organisation this name or alias names: {@code "NATO"}, {@code "Korean Central News Agency"}. */
    public Optional<Organization> findOrganization(String phrase) {
        return Optional.ofNullable(organizationsByPhrase.get(PhraseKey.of(phrase)));
    }

    /** The organisation with this actor id ({@code "org:nato"}), exactly as written. */
    public Optional<Organization> organization(String id) {
        return Optional.ofNullable(organizationsById.get(Objects.requireNonNull(id, "id")));
    }

    /** The people this noun or adjective names, as written: {@code "Kurds"}, {@code "Tamil"}. */
    public Optional<People> findPeople(String phrase) {
        return Optional.ofNullable(peoplesByPhrase.get(PhraseKey.of(phrase)));
    }

    /** The region of a country this phrase names, as written: {@code "Darfur"}, {@code "North Kivu"}. */
    public Optional<Region> findRegion(String phrase) {
        return Optional.ofNullable(regionsByPhrase.get(PhraseKey.of(phrase)));
    }

    /**
     * The country of a well-known person by full name ({@code "Vladimir Putin"}) or by a name that suffices
     * alone ({@code "Putin"}), as an alpha-3 code.
     */
    public Optional<String> findPersonCountry(String name) {
        return Optional.ofNullable(personCountries.get(PhraseKey.of(name)));
    }

    /** The role noun or title, in any case: {@code "foreign minister"}, {@code "Officials"}. */
    public Optional<Role> findRole(String phrase) {
        return Optional.ofNullable(rolesByPhrase.get(PhraseKey.folded(phrase)));
    }

    /** Every country, in the data file's order (by alpha-3 code). */
    public List<Country> countries() {
        return countryList;
    }

    /** Every capital and seat, one per spelling, in the data file's order. */
    public List<Seat> seats() {
        return seats;
    }

    /** Every organisation, in the data file's order. */
    public List<Organization> organizations() {
        return organizationList;
    }

    /** Every role, one per spelling, in the data file's order. */
    public List<Role> roles() {
        return roles;
    }

    /**
     * Every phrase any lookup answers, as written in the data files (names, other names, demonyms, seats,
     * organisation names and aliases, roles), for a matcher that wants to pre-filter candidates.
     */
    public Set<String> allPhrases() {
        return phrases;
    }

    /**
     * The most space-separated words in any phrase, a leading "the" included ("Democratic People's
     * Republic of Korea" is 5): how far a token-level matcher needs to look ahead. A tokenizer that
     * splits clitics or punctuation ("People" + "'s") sees a few tokens more than words.
     */
    public int maxPhraseWords() {
        return maxPhraseWords;
    }

    /**
     * The most tokens a phrase that starts with this token may span, so that a token-level matcher looks
     * ahead only as far as a name starting there can reach ("Movement" opens a name of ten words) and not at
     * all where none starts ("said": 0). An article may open any phrase ("the Kremlin"). The count is an
     * upper bound: each hyphen or apostrophe in a name counts as two more tokens, as the tokenizer may split
     * there ("Asia - Pacific", "People 's").
     */
    public int maxTokensFrom(String token) {
        if (token.equalsIgnoreCase("the")) {
            return 1 + maxTokens;
        }
        return tokensByOpening.getOrDefault(opening(token), 0);
    }

    /**
     * What a phrase's first token and the first word of a name have in common however the tokenizer splits
     * it: its leading letters and digits in lower case ("asia" for "Asia-Pacific", "u" for "U.S."), or its
     * first character when it opens with neither.
     */
    private static String opening(String word) {
        String w = Normalizer.isNormalized(word, Normalizer.Form.NFC) ? word : Normalizer.normalize(word, Normalizer.Form.NFC);
        int end = 0;
        while (end < w.length() && Character.isLetterOrDigit(w.charAt(end))) {
            end++;
        }
        return (end > 0 ? w.substring(0, end) : w.substring(0, Math.min(1, w.length()))).toLowerCase(Locale.ROOT);
    }

    /** An upper bound of the tokens of a phrase key: its words, and two more for each character a tokenizer may split at. */
    private static int tokens(String key) {
        int n = key.isEmpty() ? 0 : key.split(" ").length;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '.') {
                n += 2;
            }
        }
        return n;
    }

    @Override
    public String toString() {
        return "ActorRegistry[" + countryList.size() + " countries, " + seats.size() + " seats, "
                + organizationList.size() + " organisations, " + roles.size() + " roles]";
    }
}
