package org.claimgraph.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Sector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped registry files: completeness, the lookups the seed article needs, and consistency. */
class ActorRegistryTest {

    /** Codes in countries.tsv that are not ISO-3166-1, with the reason. */
    private static final Map<String, String> DELIBERATE_EXTRA_CODES = Map.of(
            "XKX", "Kosovo: user-assigned code used by the EU, the IMF and the World Bank; newsworthy, not in ISO");

    /** ISO-3166-1 codes deliberately missing from countries.tsv, with the reason. None so far. */
    private static final Map<String, String> DELIBERATE_MISSING_CODES = Map.of();

    /** Countries without a CAPITAL line in seats.tsv, with the reason (the same list as the file's header). */
    private static final Map<String, String> NO_CAPITAL = Map.ofEntries(
            Map.entry("ATA", "Antarctica: no government"),
            Map.entry("BVT", "Bouvet Island: uninhabited"),
            Map.entry("HMD", "Heard and McDonald Islands: uninhabited"),
            Map.entry("UMI", "U.S. Minor Outlying Islands: no capital"),
            Map.entry("TKL", "Tokelau: no capital, the seat rotates"),
            Map.entry("ATF", "French Southern Territories: run from Saint-Pierre, Réunion"),
            Map.entry("HKG", "Hong Kong: no capital of its own"),
            Map.entry("MAC", "Macao: no capital of its own"),
            Map.entry("NFK", "Norfolk Island: Kingston would clash with Jamaica's capital"),
            Map.entry("PSE", "Palestine: claimed capital not held; Ramallah is listed as a SEAT"),
            Map.entry("IOT", "British Indian Ocean Territory: a military base only"));

    private static ActorRegistry registry;

    @BeforeAll
    static void load() {
        registry = ActorRegistry.load();
    }

    @Test
    void allFilesLoad() {
        assertThat(registry.countries()).hasSizeGreaterThanOrEqualTo(249);
        assertThat(registry.seats()).hasSizeGreaterThan(300);
        assertThat(registry.organizations()).hasSizeGreaterThan(100);
        assertThat(registry.roles()).hasSizeGreaterThan(300);
        assertThat(registry.toString()).startsWith("ActorRegistry[");
    }

    @Test
    void everyIsoCountryKnownToTheJdkIsPresent() {
        Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        Set<String> ours = registry.countries().stream().map(Country::alpha3).collect(Collectors.toSet());

        Set<String> missing = new TreeSet<>(iso);
        missing.removeAll(ours);
        missing.removeAll(DELIBERATE_MISSING_CODES.keySet());
        Set<String> extra = new TreeSet<>(ours);
        extra.removeAll(iso);

        assertThat(missing).as("ISO codes missing from countries.tsv").isEmpty();
        assertThat(extra).as("non-ISO codes in countries.tsv").isEqualTo(DELIBERATE_EXTRA_CODES.keySet());
    }

    @Test
    void everyCountryHasACapitalUnlessListed() {
        Set<String> withCapital = registry.seats().stream().filter(Seat::capital).map(Seat::country)
                .collect(Collectors.toSet());
        Set<String> without = registry.countries().stream().map(Country::alpha3)
                .filter(code -> !withCapital.contains(code)).collect(Collectors.toCollection(TreeSet::new));

        assertThat(without).isEqualTo(new TreeSet<>(NO_CAPITAL.keySet()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "North Korea; PRK", "DPRK; PRK", "Democratic People's Republic of Korea; PRK",
            "Democratic People’s Republic of Korea; PRK",
            "U.S.; USA", "US; USA", "United States; USA", "the United States; USA", "The United States; USA",
            "United States of America; USA", "America; USA",
            "Britain; GBR", "U.K.; GBR", "United Kingdom; GBR",
            "South Korea; KOR", "Republic of Korea; KOR", "ROK; KOR",
            "Russia; RUS", "Russian Federation; RUS", "China; CHN", "Iran; IRN", "Syria; SYR", "Ukraine; UKR",
            "DR Congo; COD", "Democratic Republic of the Congo; COD", "Congo-Brazzaville; COG",
            "Côte d'Ivoire; CIV", "Cote d’Ivoire; CIV", "Ivory Coast; CIV", "the Gambia; GMB", "Gambia; GMB",
            "Türkiye; TUR", "Burma; MMR", "Kosovo; XKX",
    })
    void countryByName(String phrase, String alpha3) {
        assertThat(registry.findCountryByName(phrase)).map(Country::alpha3).contains(alpha3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Korea", "Congo", "the North", "North", "States", "north korea", "NORTH KOREA",
            "Russian", "Moscow", "", "the"})
    void contextualOrAmbiguousNamesAreNotCountryNames(String phrase) {
        assertThat(registry.findCountryByName(phrase)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "North Korean; PRK", "North Koreans; PRK", "South Korean; KOR", "Russian; RUS", "Russians; RUS",
            "American; USA", "British; GBR", "Britons; GBR", "Chinese; CHN", "Ukrainian; UKR", "Iranian; IRN",
    })
    void countryByDemonym(String phrase, String alpha3) {
        assertThat(registry.findCountryByDemonym(phrase)).map(Country::alpha3).contains(alpha3);
    }

    @Test
    void demonymsAreNotNamesAndAmbiguousOnesAreAbsent() {
        assertThat(registry.findCountryByDemonym("North Korea")).isEmpty();
        assertThat(registry.findCountryByDemonym("Korean")).isEmpty();
        assertThat(registry.findCountryByDemonym("Congolese")).isEmpty();
    }

    @Test
    void countryByCodeAndActorId() {
        Country prk = registry.country("PRK").orElseThrow();

        assertThat(prk.name()).isEqualTo("North Korea");
        assertThat(prk.actorId()).isEqualTo("state:PRK");
        assertThat(prk.names()).contains("DPRK").doesNotContain("North Korea");
        assertThat(prk.demonyms()).contains("North Korean");
        assertThat(registry.country("prk")).isEmpty();
        assertThat(registry.country("XXX")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Pyongyang; PRK; GOV; true", "Seoul; KOR; GOV; true", "Moscow; RUS; GOV; true",
            "Washington; USA; GOV; true", "Kyiv; UKR; GOV; true", "Kiev; UKR; GOV; true",
            "the Kremlin; RUS; GOV; false", "Kremlin; RUS; GOV; false", "The Kremlin; RUS; GOV; false",
            "the Pentagon; USA; MIL; false", "Pentagon; USA; MIL; false", "the White House; USA; GOV; false",
            "the State Department; USA; GOV; false", "Capitol Hill; USA; LEG; false",
            "the Blue House; KOR; GOV; false", "Zhongnanhai; CHN; GOV; false", "Downing Street; GBR; GOV; false",
            "the Élysée; FRA; GOV; false", "the Elysee; FRA; GOV; false", "the Knesset; ISR; LEG; false",
            "The Hague; NLD; GOV; false", "Nuku’alofa; TON; GOV; true",
    })
    void seats(String phrase, String alpha3, Sector sector, boolean capital) {
        Seat seat = registry.findSeat(phrase).orElseThrow(() -> new AssertionError("no seat " + phrase));

        assertThat(seat.country()).isEqualTo(alpha3);
        assertThat(seat.sector()).isEqualTo(sector);
        assertThat(seat.capital()).isEqualTo(capital);
        assertThat(seat.code()).isEqualTo(alpha3 + sector.name());
    }

    @Test
    void aSeatOfTheStateOtherThanTheCapitalMayBeACity() {
        assertThat(registry.findSeat("The Hague")).get().extracting(Seat::capital, Seat::city).containsExactly(false, true);
        assertThat(registry.findSeat("Kremlin")).get().extracting(Seat::capital, Seat::city).containsExactly(false, false);
        assertThat(registry.findSeat("Moscow")).get().extracting(Seat::capital, Seat::city).containsExactly(true, true);
    }

    @Test
    void organisationsFromTheSeedArticle() {
        for (String phrase : List.of("KCNA", "Korean Central News Agency", "the Korean Central News Agency")) {
            Organization kcna = registry.findOrganization(phrase).orElseThrow(() -> new AssertionError(phrase));
            assertThat(kcna.id()).isEqualTo("org:kcna");
            assertThat(kcna.kind()).isEqualTo(ActorKind.MEDIA);
            assertThat(kcna.country()).isEqualTo("PRK");
            assertThat(kcna.sector()).isEqualTo(Sector.MED);
            assertThat(kcna.code()).isEqualTo("PRKMED");
        }
        assertThat(registry.findOrganization("Yonhap")).map(Organization::country).contains("KOR");
        assertThat(registry.findOrganization("TASS")).map(Organization::country).contains("RUS");
        assertThat(registry.findOrganization("Reuters")).map(Organization::code).contains("GBRMED");
        assertThat(registry.findOrganization("AP")).map(Organization::id).contains("org:ap");
    }

    @Test
    void intergovernmentalOrganisationsHaveNoCountryAndTheirOwnCode() {
        Organization nato = registry.findOrganization("NATO").orElseThrow();

        assertThat(nato.country()).isNull();
        assertThat(nato.sector()).isEqualTo(Sector.IGO);
        assertThat(nato.code()).isEqualTo("IGONAT");
        assertThat(registry.organization("org:nato")).contains(nato);
        assertThat(registry.findOrganization("U.N.")).map(Organization::code).contains("IGOUNO");
        assertThat(registry.findOrganization("Security Council")).get()
                .extracting(Organization::sector, Organization::code).containsExactly(Sector.GOV, "IGOUNOGOV");
        assertThat(registry.findOrganization("UN refugee agency")).map(Organization::sector).contains(Sector.REF);
        assertThat(registry.findOrganization("IAEA")).map(Organization::code).contains("IGOIAE");
        assertThat(registry.findOrganization("European Union")).map(Organization::code).contains("IGOEUR");
    }

    @Test
    void organisationLookupIsCaseSensitive() {
        assertThat(registry.findOrganization("WHO")).map(Organization::id).contains("org:who");
        assertThat(registry.findOrganization("who")).isEmpty();
        assertThat(registry.findOrganization("Who")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "foreign minister; GOV; false", "Foreign Minister; GOV; false", "FOREIGN MINISTER; GOV; false",
            "officials; GOV; true", "the government; GOV; true", "spokesman; GOV; false",
            "defense minister; GOV; false", "defence minister; GOV; false", "defense ministry; MIL; true",
            "troops; MIL; true", "general; MIL; false", "lawmakers; LEG; true", "senator; LEG; false",
            "prosecutor; JUD; false", "supreme court; JUD; true", "state media; MED; true",
            "journalist; MED; false", "CEO; BUS; false", "activists; NGO; true", "rebels; REB; true",
            "rebel; REB; false", "militants; REB; true", "opposition leader; OPP; false",
            "protesters; CVL; true", "civilians; CVL; true",
    })
    void roles(String phrase, Sector sector, boolean group) {
        Role role = registry.findRole(phrase).orElseThrow(() -> new AssertionError("no role " + phrase));

        assertThat(role.sector()).isEqualTo(sector);
        assertThat(role.group()).isEqualTo(group);
    }

    @Test
    void phrasesForATokenLevelMatcher() {
        assertThat(registry.allPhrases())
                .contains("Korean Central News Agency", "the Kremlin", "North Korean", "foreign minister", "DPRK");
        assertThat(registry.maxPhraseWords()).isGreaterThanOrEqualTo(5);
        int longest = registry.allPhrases().stream().mapToInt(p -> p.split(" ").length).max().orElseThrow();
        assertThat(registry.maxPhraseWords()).isEqualTo(longest);
    }

    @Test
    void aMatcherLooksAheadAsFarAsANameStartingWithTheTokenReaches() {
        assertThat(registry.maxTokensFrom("Movement")).as("Movement for the Actualization of the Sovereign State of Biafra")
                .isGreaterThanOrEqualTo(10);
        assertThat(registry.maxTokensFrom("Asia")).as("Asia - Pacific Economic Cooperation, as the tokenizer splits it")
                .isGreaterThanOrEqualTo(5);
        assertThat(registry.maxTokensFrom("U.S.")).isGreaterThanOrEqualTo(1);
        assertThat(registry.maxTokensFrom("The")).as("an article may open any name")
                .isGreaterThan(registry.maxTokensFrom("Movement"));
        // trap: a word that opens no name needs no look-ahead
        assertThat(registry.maxTokensFrom("said")).isZero();
    }

    /**
     * The loader already refuses such data; this recomputes the check through the public API so that
     * a future change to the loader cannot silently drop it. A seat counts as its country.
     */
    @Test
    void noPhraseNamesTwoDifferentCountries() {
        Map<String, Set<String>> countriesByKey = new HashMap<>();
        for (Country country : registry.countries()) {
            List<String> phrases = new ArrayList<>(country.names());
            phrases.add(country.name());
            phrases.addAll(country.demonyms());
            for (String phrase : phrases) {
                countriesByKey.computeIfAbsent(PhraseKey.of(phrase), k -> new TreeSet<>()).add(country.alpha3());
            }
        }
        for (Seat seat : registry.seats()) {
            countriesByKey.computeIfAbsent(PhraseKey.of(seat.phrase()), k -> new TreeSet<>()).add(seat.country());
        }
        Map<String, Set<String>> conflicts = new TreeMap<>();
        countriesByKey.forEach((key, codes) -> {
            if (codes.size() > 1) {
                conflicts.put(key, codes);
            }
        });

        assertThat(conflicts).isEmpty();
    }

    @Test
    void everyOrganisationCountryIsKnown() {
        for (Organization organization : registry.organizations()) {
            if (organization.country() != null) {
                assertThat(registry.country(organization.country())).as(organization.id()).isPresent();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"Afganistan, AFG", "Ethopia, ETH", "Phillippines, PHL", "Quatar, QAT", "Norwya, NOR", "Jordans, JOR"})
    void aWordOneTypingSlipFromACountryNameIsThatCountry(String word, String alpha3) {
        assertThat(registry.findCountryBySlip(word)).get().extracting(Country::alpha3).isEqualTo(alpha3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Norway", "Iram", "Chine", "Afghanestann", "Nigerian", "Statement", "Ethiopians"})
    void aNameItselfAShortWordOrTwoSlipsAwayIsNoSlip(String word) {
        // "Norway" is a name; "Iram" is too short to tell Iran from Iraq; "Afghanestann" is two slips away
        assertThat(registry.findCountryBySlip(word)).isEmpty();
    }

    @Test
    void oneSlipIsOneLetterLeftOutAddedChangedOrTwoNeighboursSwapped() {
        assertThat(ActorRegistry.oneSlipApart("Ethopia", "Ethiopia")).isTrue();    // left out
        assertThat(ActorRegistry.oneSlipApart("Phillippines", "Philippines")).isTrue(); // added
        assertThat(ActorRegistry.oneSlipApart("Germeny", "Germany")).isTrue();     // changed
        assertThat(ActorRegistry.oneSlipApart("Germnay", "Germany")).isTrue();     // swapped
        assertThat(ActorRegistry.oneSlipApart("Germany", "Germany")).isFalse();
        assertThat(ActorRegistry.oneSlipApart("Grmnay", "Germany")).isFalse();
        assertThat(ActorRegistry.oneSlipApart("Germanyy", "Germany")).isTrue();    // added at the end
    }
}
