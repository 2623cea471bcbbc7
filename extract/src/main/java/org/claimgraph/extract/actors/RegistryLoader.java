package org.claimgraph.extract.actors;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.model.Actor;
import org.claimgraph.model.ActorKind;
import org.claimgraph.model.Sector;

/**
 * Reads and checks the seven registry files and builds an {@link ActorRegistry}. Single use, one thread.
 *
 * <p>Besides the per-column checks, it rejects a phrase that names two different actors anywhere in the
 * case-sensitive tables (country names, demonyms, seats, organisations, peoples, regions): a seat counts as
 * its country, so "Gibraltar" may be both a country name and a capital of GIB, but "Kingston" may not be a
 * capital of both JAM and NFK, and "Sahrawi" may not be both ESH's demonym and a people. The same phrase
 * twice in one table is an error too. Role nouns are checked among themselves, case-insensitively, and
 * persons' names among themselves.
 */
final class RegistryLoader {

    static final String DIRECTORY = "org/claimgraph/extract/actors/";
    static final String COUNTRIES = DIRECTORY + "countries.tsv";
    static final String SEATS = DIRECTORY + "seats.tsv";
    static final String ORGANIZATIONS = DIRECTORY + "organizations.tsv";
    static final String ROLES = DIRECTORY + "roles.tsv";
    static final String PEOPLES = DIRECTORY + "peoples.tsv";
    static final String REGIONS = DIRECTORY + "regions.tsv";
    static final String PERSONS = DIRECTORY + "persons.tsv";

    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORG_ID = Pattern.compile("org:[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern IGO_MNEMONIC = Pattern.compile("[A-Z][A-Z0-9]{1,5}");
    private static final List<Sector> SECTORS = List.of(Sector.values());

    private enum SeatKind { CAPITAL, CITY, SEAT }

    private enum RoleKind { PERSON, GROUP }

    /** Where a phrase was first seen, and which actor it named there. */
    private record Owner(String actor, String phrase, String where) {
    }

    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Owner> owners = new HashMap<>();
    private final Set<String> phrases = new LinkedHashSet<>();

    private RegistryLoader() {
    }

    static ActorRegistry load(Reader countries, Reader seats, Reader organizations, Reader roles, Reader peoples,
                              Reader regions, Reader persons) {
        RegistryLoader loader = new RegistryLoader();
        Index<Country> names = new Index<>("country name");
        Index<Country> demonyms = new Index<>("demonym");
        loader.readCountries(RegistryFile.read(COUNTRIES, countries,
                List.of("alpha3", "name", "names", "demonyms")), names, demonyms);
        List<Seat> seatList = new ArrayList<>();
        Index<Seat> seatIndex = new Index<>("seat");
        loader.readSeats(RegistryFile.read(SEATS, seats,
                List.of("phrase", "alpha3", "sector", "kind")), seatList, seatIndex);
        Map<String, Organization> byId = new LinkedHashMap<>();
        Index<Organization> organizationIndex = new Index<>("organisation name");
        loader.readOrganizations(RegistryFile.read(ORGANIZATIONS, organizations,
                List.of("id", "name", "aliases", "kind", "country", "sector", "code")), byId, organizationIndex);
        List<Role> roleList = new ArrayList<>();
        Index<Role> roleIndex = new Index<>("role");
        loader.readRoles(RegistryFile.read(ROLES, roles, List.of("phrase", "sector", "kind")), roleList, roleIndex);
        Index<People> peopleIndex = new Index<>("people");
        loader.readPeoples(RegistryFile.read(PEOPLES, peoples, List.of("phrase", "countries")), peopleIndex);
        Index<Region> regionIndex = new Index<>("region");
        loader.readRegions(RegistryFile.read(REGIONS, regions, List.of("phrase", "alpha3")), regionIndex);
        Index<String> personIndex = new Index<>("person");
        loader.readPersons(RegistryFile.read(PERSONS, persons, List.of("name", "alone", "alpha3")), personIndex);
        return new ActorRegistry(loader.countries, names.map, demonyms.map, seatList, seatIndex.map, byId,
                organizationIndex.map, roleList, roleIndex.map, peopleIndex.map, regionIndex.map, personIndex.map,
                loader.phrases);
    }

    private void readCountries(RegistryFile file, Index<Country> names, Index<Country> demonyms) {
        for (RegistryFile.Line line : file.lines()) {
            String alpha3 = file.value(line, 0);
            if (!ALPHA3.matcher(alpha3).matches()) {
                throw file.error(line, "ill-formed alpha-3 code '" + alpha3 + "' in column " + file.describe(0)
                        + "; expected three capital letters A-Z");
            }
            if (countries.containsKey(alpha3)) {
                throw file.error(line, "duplicate alpha-3 code '" + alpha3 + "'");
            }
            Country country = new Country(alpha3, file.value(line, 1), file.optionalAlternatives(line, 2),
                    file.optionalAlternatives(line, 3));
            countries.put(alpha3, country);
            String where = file.where(line);
            claim(country.name(), country.actorId(), where, file, line);
            names.put(country.name(), PhraseKey.of(country.name()), country, where, file, line);
            for (String name : country.names()) {
                claim(name, country.actorId(), where, file, line);
                names.put(name, PhraseKey.of(name), country, where, file, line);
            }
            for (String demonym : country.demonyms()) {
                claim(demonym, country.actorId(), where, file, line);
                demonyms.put(demonym, PhraseKey.of(demonym), country, where, file, line);
            }
        }
    }

    private void readSeats(RegistryFile file, List<Seat> list, Index<Seat> index) {
        for (RegistryFile.Line line : file.lines()) {
            List<String> spellings = file.alternatives(line, 0);
            Country country = country(file, line, file.value(line, 1), 1);
            Sector sector = file.constant(line, 2, Sector.class, SECTORS);
            SeatKind kind = file.constant(line, 3, SeatKind.class, List.of(SeatKind.values()));
            boolean capital = kind == SeatKind.CAPITAL;
            if (capital && sector != Sector.GOV) {
                throw file.error(line, "a CAPITAL stands for the government: sector must be GOV, found " + sector);
            }
            for (String phrase : spellings) {
                Seat seat = new Seat(phrase, country.alpha3(), sector, capital, kind != SeatKind.SEAT);
                list.add(seat);
                claim(phrase, country.actorId(), file.where(line), file, line);
                index.put(phrase, PhraseKey.of(phrase), seat, file.where(line), file, line);
            }
        }
    }

    private void readOrganizations(RegistryFile file, Map<String, Organization> byId, Index<Organization> index) {
        for (RegistryFile.Line line : file.lines()) {
            String id = file.value(line, 0);
            if (!ORG_ID.matcher(id).matches()) {
                throw file.error(line, "ill-formed id '" + id + "' in column " + file.describe(0)
                        + "; expected 'org:' and a lower-case slug of letters, digits and hyphens, e.g. org:nato");
            }
            if (byId.containsKey(id)) {
                throw file.error(line, "duplicate id '" + id + "'");
            }
            String name = file.value(line, 1);
            List<String> aliases = file.optionalAlternatives(line, 2);
            ActorKind kind = file.constant(line, 3, ActorKind.class, List.of(ActorKind.ORGANIZATION, ActorKind.MEDIA));
            String country = RegistryFile.NONE.equals(line.columns().get(4)) ? null
                    : country(file, line, file.value(line, 4), 4).alpha3();
            Sector sector = RegistryFile.NONE.equals(line.columns().get(5)) ? null
                    : file.constant(line, 5, Sector.class, SECTORS);
            String code = file.value(line, 6);
            if (kind == ActorKind.MEDIA && sector != Sector.MED) {
                throw file.error(line, "kind MEDIA needs sector MED, found " + sector);
            }
            if (sector == null && country == null) {
                throw file.error(line, "no sector and no country; an organisation without a sector needs a country");
            }
            checkCode(file, line, country, sector, code);
            Organization organization = new Organization(id, name, aliases, kind, country, sector, code);
            byId.put(id, organization);
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            for (String phrase : all) {
                claim(phrase, id, file.where(line), file, line);
                index.put(phrase, PhraseKey.of(phrase), organization, file.where(line), file, line);
            }
        }
    }

    private static void checkCode(RegistryFile file, RegistryFile.Line line, String country, Sector sector, String code) {
        String expected;
        if (country != null) {
            expected = Actor.code(country, sector);
        } else if (code.startsWith(Organization.INTERGOVERNMENTAL) || sector == Sector.IGO) {
            String role = sector == Sector.IGO ? "" : sector.name();
            String mnemonic = code.startsWith(Organization.INTERGOVERNMENTAL) && code.endsWith(role)
                    ? code.substring(Organization.INTERGOVERNMENTAL.length(), code.length() - role.length()) : "";
            if (!IGO_MNEMONIC.matcher(mnemonic).matches()) {
                throw file.error(line, "ill-formed code '" + code + "' in column " + file.describe(6)
                        + "; an intergovernmental organisation's code is IGO, a mnemonic of 2 to 6 capital letters or"
                        + " digits, then its role when column " + file.describe(5) + " names one, e.g. IGONAT, "
                        + "IGOUNOGOV");
            }
            return;
        } else {
            expected = sector.name();
        }
        if (!expected.equals(code)) {
            throw file.error(line, "code '" + code + "' in column " + file.describe(6) + " should be '" + expected
                    + "' (" + (country == null ? "the sector" : "country + sector") + ")");
        }
    }

    private void readRoles(RegistryFile file, List<Role> list, Index<Role> index) {
        for (RegistryFile.Line line : file.lines()) {
            List<String> spellings = file.alternatives(line, 0);
            Sector sector = file.constant(line, 1, Sector.class, SECTORS);
            boolean group = file.constant(line, 2, RoleKind.class, List.of(RoleKind.values())) == RoleKind.GROUP;
            for (String phrase : spellings) {
                if (!phrase.equals(phrase.toLowerCase(Locale.ROOT))) {
                    throw file.error(line, "role '" + phrase + "' must be written in lower case");
                }
                Role role = new Role(phrase, sector, group);
                list.add(role);
                index.put(phrase, PhraseKey.folded(phrase), role, file.where(line), file, line);
                phrases.add(phrase);
            }
        }
    }

    private void readPeoples(RegistryFile file, Index<People> index) {
        for (RegistryFile.Line line : file.lines()) {
            List<String> spellings = file.alternatives(line, 0);
            List<String> homes = new ArrayList<>();
            for (String alpha3 : file.value(line, 1).split(" +")) {
                homes.add(country(file, line, alpha3, 1).alpha3());
            }
            for (String phrase : spellings) {
                claim(phrase, "people:" + spellings.get(0), file.where(line), file, line);
                index.put(phrase, PhraseKey.of(phrase), new People(phrase, homes), file.where(line), file, line);
            }
        }
    }

    private void readRegions(RegistryFile file, Index<Region> index) {
        for (RegistryFile.Line line : file.lines()) {
            List<String> spellings = file.alternatives(line, 0);
            String alpha3 = country(file, line, file.value(line, 1), 1).alpha3();
            for (String phrase : spellings) {
                claim(phrase, "region:" + spellings.get(0), file.where(line), file, line);
                index.put(phrase, PhraseKey.of(phrase), new Region(phrase, alpha3), file.where(line), file, line);
            }
        }
    }

    /** Full names and the names that suffice alone, both to the person's country; a name twice is an error. */
    private void readPersons(RegistryFile file, Index<String> index) {
        for (RegistryFile.Line line : file.lines()) {
            String alpha3 = country(file, line, file.value(line, 2), 2).alpha3();
            for (String name : file.alternatives(line, 0)) {
                index.put(name, PhraseKey.of(name), alpha3, file.where(line), file, line);
            }
            for (String name : file.optionalAlternatives(line, 1)) {
                index.put(name, PhraseKey.of(name), alpha3, file.where(line), file, line);
            }
        }
    }

    private Country country(RegistryFile file, RegistryFile.Line line, String alpha3, int column) {
        if (!ALPHA3.matcher(alpha3).matches()) {
            throw file.error(line, "ill-formed alpha-3 code '" + alpha3 + "' in column " + file.describe(column)
                    + "; expected three capital letters A-Z" + (column == 4 ? " or '-'" : ""));
        }
        Country country = countries.get(alpha3);
        if (country == null) {
            throw file.error(line, "unknown alpha-3 code '" + alpha3 + "' in column " + file.describe(column)
                    + "; it must be listed in " + COUNTRIES);
        }
        return country;
    }

    /** Records that {@code phrase} names {@code actor}; fails if it already names another actor. */
    private void claim(String phrase, String actor, String where, RegistryFile file, RegistryFile.Line line) {
        phrases.add(phrase);
        String key = PhraseKey.of(phrase);
        Owner previous = owners.putIfAbsent(key, new Owner(actor, phrase, where));
        if (previous != null && !previous.actor().equals(actor)) {
            throw file.error(line, "'" + phrase + "' names " + actor + " here but " + previous.actor()
                    + " at " + previous.where() + " ('" + previous.phrase() + "'); a phrase may name one actor only");
        }
    }

    /** One lookup table; a key may appear once. */
    private static final class Index<T> {
        private final String what;
        private final Map<String, T> map = new HashMap<>();
        private final Map<String, String> where = new HashMap<>();

        Index(String what) {
            this.what = what;
        }

        void put(String phrase, String key, T value, String at, RegistryFile file, RegistryFile.Line line) {
            String first = where.putIfAbsent(key, at);
            if (first != null) {
                throw file.error(line, "duplicate " + what + " '" + phrase + "'"
                        + (phrase.equals(key) ? "" : " (read as '" + key + "')") + ", first at " + first);
            }
            map.put(key, value);
        }
    }
}
