package org.claimgraph.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.claimgraph.model.Sector;
import org.junit.jupiter.api.Test;

/** Malformed registry data fails at load with the file, the line and the offending value. */
class RegistryLoaderTest {

    private static final String COUNTRIES = """
            # alpha3, name, names, demonyms
            PRK\tNorth Korea\tDPRK\tNorth Korean
            KOR\tSouth Korea\tROK\tSouth Korean
            USA\tUnited States\tU.S.|America\tAmerican
            """;
    private static final String SEATS = """
            # phrase, alpha3, sector, kind
            Pyongyang\tPRK\tGOV\tCAPITAL
            the Pentagon\tUSA\tMIL\tSEAT
            """;
    private static final String ORGANIZATIONS = """
            # id, name, aliases, kind, country, sector, code
            org:kcna\tKCNA\tKorean Central News Agency\tMEDIA\tPRK\tMED\tPRKMED
            org:nato\tNATO\t-\tORGANIZATION\t-\tIGO\tIGONAT
            """;
    private static final String ROLES = """
            # phrase, sector, kind
            foreign minister\tGOV\tPERSON
            officials\tGOV\tGROUP
            """;

    private static final String PEOPLES = """
            # phrase, countries
            Kurd|Kurds|Kurdish\tKOR PRK
            """;

    private static ActorRegistry load(String countries, String seats, String organizations, String roles) {
        return load(countries, seats, organizations, roles, PEOPLES);
    }

    private static final String PERSONS = """
            # name, alone, alpha3
            Kim Jong Un|Kim Jong-un\t-\tPRK
            Joseph Ruritan\tRuritan\tUSA
            """;

    private static final String REGIONS = """
            # phrase, alpha3
            Kaesong|Kaesong Region\tPRK
            """;

    private static ActorRegistry load(String countries, String seats, String organizations, String roles,
                                      String peoples) {
        return ActorRegistry.load(new StringReader(countries), new StringReader(seats),
                new StringReader(organizations), new StringReader(roles), new StringReader(peoples),
                new StringReader(REGIONS), new StringReader(PERSONS));
    }

    @Test
    void smallValidFilesLoad() {
        ActorRegistry registry = load(COUNTRIES, SEATS, ORGANIZATIONS, ROLES);

        assertThat(registry.findCountryByName("the DPRK")).map(Country::alpha3).contains("PRK");
        assertThat(registry.findSeat("Pentagon")).map(Seat::sector).contains(Sector.MIL);
        assertThat(registry.findOrganization("NATO")).map(Organization::country).isEmpty();
        assertThat(registry.findRole("Officials")).map(Role::group).contains(true);
        assertThat(registry.findPersonCountry("Kim Jong-un")).contains("PRK");
        assertThat(registry.findPersonCountry("Ruritan")).contains("USA");
        assertThat(registry.findPersonCountry("Kim")).isEmpty();
        assertThat(registry.findRegion("Kaesong Region")).map(Region::country).contains("PRK");
        assertThat(registry.findPeople("Kurdish")).map(People::countries).contains(java.util.List.of("KOR", "PRK"));
    }

    @Test
    void theShippedFilesLoadThroughReadersToo() {
        ActorRegistry registry = ActorRegistry.load(resource(RegistryLoader.COUNTRIES), resource(RegistryLoader.SEATS),
                resource(RegistryLoader.ORGANIZATIONS), resource(RegistryLoader.ROLES), resource(RegistryLoader.PEOPLES),
                resource(RegistryLoader.REGIONS), resource(RegistryLoader.PERSONS));

        assertThat(registry.countries()).hasSizeGreaterThanOrEqualTo(249);
    }

    @Test
    void wrongColumnCount() {
        String seats = SEATS + "Seoul\tKOR\tGOV\n";

        assertThatThrownBy(() -> load(COUNTRIES, seats, ORGANIZATIONS, ROLES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seats.tsv:4:")
                .hasMessageContaining("expected 4 tab-separated columns")
                .hasMessageContaining("found 3")
                .hasMessageContaining("Seoul");
    }

    @Test
    void unknownSector() {
        String roles = ROLES + "colonel\tARMY\tPERSON\n";

        assertThatThrownBy(() -> load(COUNTRIES, SEATS, ORGANIZATIONS, roles))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("roles.tsv:4:")
                .hasMessageContaining("unknown sector 'ARMY'")
                .hasMessageContaining("GOV, MIL");
    }

    @Test
    void illFormedAlpha3() {
        String countries = COUNTRIES + "Rus\tRussia\t-\tRussian\n";

        assertThatThrownBy(() -> load(countries, SEATS, ORGANIZATIONS, ROLES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("countries.tsv:5:")
                .hasMessageContaining("ill-formed alpha-3 code 'Rus'");
    }

    @Test
    void unknownAlpha3() {
        String seats = SEATS + "Moscow\tRUS\tGOV\tCAPITAL\n";

        assertThatThrownBy(() -> load(COUNTRIES, seats, ORGANIZATIONS, ROLES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seats.tsv:4:")
                .hasMessageContaining("unknown alpha-3 code 'RUS'")
                .hasMessageContaining("countries.tsv");
    }

    @Test
    void aPeopleLivesInCountriesTheRegistryKnowsAndIsNoDemonym() {
        assertThatThrownBy(() -> load(COUNTRIES, SEATS, ORGANIZATIONS, ROLES, PEOPLES + "Tamil|Tamils\tLKA\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("peoples.tsv:3:")
                .hasMessageContaining("unknown alpha-3 code 'LKA'");
        assertThatThrownBy(() -> load(COUNTRIES, SEATS, ORGANIZATIONS, ROLES, PEOPLES + "American\tUSA\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("peoples.tsv:3:")
                .hasMessageContaining("'American' names people:American here but state:USA at");
    }

    @Test
    void aPhraseNamingTwoCountriesIsReportedWithBothPlaces() {
        String countries = COUNTRIES + "XKX\tKosovo\tNorth Korea\t-\n";

        assertThatThrownBy(() -> load(countries, SEATS, ORGANIZATIONS, ROLES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("countries.tsv:5:")
                .hasMessageContaining("'North Korea' names state:XKX here but state:PRK at")
                .hasMessageContaining("countries.tsv:2");
    }

    @Test
    void aSeatNamingAnotherCountryThanACountryNameIsAConflict() {
        String seats = SEATS + "America\tKOR\tGOV\tSEAT\n";

        assertThatThrownBy(() -> load(COUNTRIES, seats, ORGANIZATIONS, ROLES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seats.tsv:4:")
                .hasMessageContaining("countries.tsv:4");
    }

    @Test
    void aSeatMayRepeatItsOwnCountrysName() {
        String seats = SEATS + "America\tUSA\tGOV\tSEAT\n";

        assertThat(load(COUNTRIES, seats, ORGANIZATIONS, ROLES).findSeat("America")).isPresent();
    }

    @Test
    void theLeadingArticleAndApostrophesCountWhenDetectingDuplicates() {
        String seats = SEATS + "the Pyongyang\tPRK\tGOV\tSEAT\n";

        assertThatThrownBy(() -> load(COUNTRIES, seats, ORGANIZATIONS, ROLES))
                .hasMessageContaining("seats.tsv:4:")
                .hasMessageContaining("duplicate seat 'the Pyongyang' (read as 'Pyongyang'), first at")
                .hasMessageContaining("seats.tsv:2");
    }

    @Test
    void anOrganisationAliasNamingTwoOrganisations() {
        String organizations = ORGANIZATIONS + "org:kctv\tKorean Central Television\tKCNA\tMEDIA\tPRK\tMED\tPRKMED\n";

        assertThatThrownBy(() -> load(COUNTRIES, SEATS, organizations, ROLES))
                .hasMessageContaining("organizations.tsv:4:")
                .hasMessageContaining("'KCNA' names org:kctv here but org:kcna at")
                .hasMessageContaining("organizations.tsv:2");
    }

    @Test
    void anOrganisationCodeMustFollowTheConvention() {
        String organizations = ORGANIZATIONS + "org:yonhap\tYonhap\t-\tMEDIA\tKOR\tMED\tKORGOV\n";

        assertThatThrownBy(() -> load(COUNTRIES, SEATS, organizations, ROLES))
                .hasMessageContaining("organizations.tsv:4:")
                .hasMessageContaining("code 'KORGOV'")
                .hasMessageContaining("should be 'KORMED'");
    }

    @Test
    void anIntergovernmentalCodeOpensWithIgoAndEndsWithTheOrgansRole() {
        ActorRegistry registry = load(COUNTRIES, SEATS,
                ORGANIZATIONS + "org:nato-council\tNorth Atlantic Council\t-\tORGANIZATION\t-\tGOV\tIGONATGOV\n", ROLES);
        String noIgo = ORGANIZATIONS + "org:sea-pact\tSea Pact\t-\tORGANIZATION\t-\tIGO\tSEP\n";
        String noRole = ORGANIZATIONS + "org:nato-council\tNorth Atlantic Council\t-\tORGANIZATION\t-\tGOV\tIGONAT\n";

        assertThat(registry.findOrganization("North Atlantic Council")).get()
                .extracting(Organization::sector, Organization::code, Organization::intergovernmental)
                .containsExactly(Sector.GOV, "IGONATGOV", true);
        assertThatThrownBy(() -> load(COUNTRIES, SEATS, noIgo, ROLES))
                .hasMessageContaining("organizations.tsv:4:").hasMessageContaining("ill-formed code 'SEP'");
        assertThatThrownBy(() -> load(COUNTRIES, SEATS, noRole, ROLES))
                .hasMessageContaining("ill-formed code 'IGONAT'");
    }

    @Test
    void anOrganisationWithoutASectorIsCodedByItsCountryAndNeedsOne() {
        ActorRegistry registry = load(COUNTRIES, SEATS,
                ORGANIZATIONS + "org:north-front\tNorth Front\t-\tORGANIZATION\tKOR\t-\tKOR\n", ROLES);
        String noCountry = ORGANIZATIONS + "org:sea-front\tSea Front\t-\tORGANIZATION\t-\t-\tKOR\n";
        String wrongCode = ORGANIZATIONS + "org:north-front\tNorth Front\t-\tORGANIZATION\tKOR\t-\tKORREB\n";

        assertThat(registry.findOrganization("North Front")).get()
                .extracting(Organization::country, Organization::sector, Organization::code)
                .containsExactly("KOR", null, "KOR");
        assertThatThrownBy(() -> load(COUNTRIES, SEATS, noCountry, ROLES))
                .hasMessageContaining("organizations.tsv:4:")
                .hasMessageContaining("no sector and no country");
        assertThatThrownBy(() -> load(COUNTRIES, SEATS, wrongCode, ROLES))
                .hasMessageContaining("should be 'KOR'");
    }

    @Test
    void anOrganisationIdMustBeASlug() {
        String organizations = ORGANIZATIONS + "nato2\tNATO 2\t-\tORGANIZATION\t-\tIGO\tIGONAT\n";

        assertThatThrownBy(() -> load(COUNTRIES, SEATS, organizations, ROLES))
                .hasMessageContaining("organizations.tsv:4:")
                .hasMessageContaining("ill-formed id 'nato2'");
    }

    @Test
    void aCapitalMustBeGov() {
        String seats = SEATS + "Seoul\tKOR\tMIL\tCAPITAL\n";

        assertThatThrownBy(() -> load(COUNTRIES, seats, ORGANIZATIONS, ROLES))
                .hasMessageContaining("seats.tsv:4:")
                .hasMessageContaining("sector must be GOV");
    }

    @Test
    void unknownSeatKind() {
        String seats = SEATS + "Seoul\tKOR\tGOV\tTOWN\n";

        assertThatThrownBy(() -> load(COUNTRIES, seats, ORGANIZATIONS, ROLES))
                .hasMessageContaining("seats.tsv:4:")
                .hasMessageContaining("unknown kind 'TOWN'")
                .hasMessageContaining("CAPITAL, CITY, SEAT");
    }

    @Test
    void rolesAreLowerCase() {
        String roles = ROLES + "Foreign Secretary\tGOV\tPERSON\n";

        assertThatThrownBy(() -> load(COUNTRIES, SEATS, ORGANIZATIONS, roles))
                .hasMessageContaining("roles.tsv:4:")
                .hasMessageContaining("'Foreign Secretary' must be written in lower case");
    }

    @Test
    void emptyAndSpacedValues() {
        assertThatThrownBy(() -> load(COUNTRIES + "RUS\tRussia\tRussian Federation||Rossiya\t-\n",
                SEATS, ORGANIZATIONS, ROLES))
                .hasMessageContaining("countries.tsv:5:")
                .hasMessageContaining("empty value in column 3 (names)");
        assertThatThrownBy(() -> load(COUNTRIES + "RUS\tRussia \t-\t-\n", SEATS, ORGANIZATIONS, ROLES))
                .hasMessageContaining("countries.tsv:5:")
                .hasMessageContaining("stray space in 'Russia '");
        assertThatThrownBy(() -> load(COUNTRIES + "RUS\t-\t-\t-\n", SEATS, ORGANIZATIONS, ROLES))
                .hasMessageContaining("countries.tsv:5:")
                .hasMessageContaining("'-' in column 2 (name) where a value is required");
    }

    @Test
    void aFileMustOpenWithAHeader() {
        assertThatThrownBy(() -> load(COUNTRIES, "Pyongyang\tPRK\tGOV\tCAPITAL\n", ORGANIZATIONS, ROLES))
                .hasMessageContaining("seats.tsv:1:")
                .hasMessageContaining("'#' header");
    }

    @Test
    void commentsAndBlankLinesKeepLineNumbersTrue() {
        String seats = SEATS + "\n# a comment\nSeoul\tKOR\tGOV\n";

        assertThatThrownBy(() -> load(COUNTRIES, seats, ORGANIZATIONS, ROLES))
                .hasMessageContaining("seats.tsv:6:");
    }

    private static Reader resource(String name) {
        return new InputStreamReader(Objects.requireNonNull(
                RegistryLoaderTest.class.getClassLoader().getResourceAsStream(name), name), StandardCharsets.UTF_8);
    }
}
