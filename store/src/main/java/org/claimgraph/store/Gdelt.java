package org.claimgraph.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The events of a store as rows of GDELT 2.0's event table: 61 tab-separated columns, no header.
 * Which columns are filled and from what is listed in {@code docs/exports.md}; the rest stay empty.
 */
final class Gdelt {

    /** GDELT 2.0's event table columns, in order. */
    static final List<String> COLUMNS = List.of(
            "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    private static final int GLOBAL_EVENT_ID = COLUMNS.indexOf("GlobalEventID");
    private static final int DAY = COLUMNS.indexOf("Day");
    private static final int MONTH_YEAR = COLUMNS.indexOf("MonthYear");
    private static final int YEAR = COLUMNS.indexOf("Year");
    private static final int FRACTION_DATE = COLUMNS.indexOf("FractionDate");
    private static final int ACTOR1 = COLUMNS.indexOf("Actor1Code");
    private static final int ACTOR2 = COLUMNS.indexOf("Actor2Code");
    private static final int EVENT_CODE = COLUMNS.indexOf("EventCode");
    private static final int EVENT_BASE_CODE = COLUMNS.indexOf("EventBaseCode");
    private static final int EVENT_ROOT_CODE = COLUMNS.indexOf("EventRootCode");
    private static final int QUAD_CLASS = COLUMNS.indexOf("QuadClass");
    private static final int GOLDSTEIN = COLUMNS.indexOf("GoldsteinScale");
    private static final int NUM_MENTIONS = COLUMNS.indexOf("NumMentions");
    private static final int NUM_SOURCES = COLUMNS.indexOf("NumSources");
    private static final int NUM_ARTICLES = COLUMNS.indexOf("NumArticles");
    private static final int ACTION_GEO_FULL_NAME = COLUMNS.indexOf("ActionGeo_FullName");
    private static final int DATE_ADDED = COLUMNS.indexOf("DATEADDED");
    private static final int SOURCE_URL = COLUMNS.indexOf("SOURCEURL");
    /** Offsets within an actor's ten columns. */
    private static final int NAME = 1, COUNTRY = 2, TYPE1 = 7;

    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter ADDED_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    /** Only what the text states as done: GDELT codes what happened, not what is intended or denied. */
    static final String HAPPENED = "modality IN ('ASSERTED', 'HISTORICAL')";

    /**
     * One row per event key: the first report in ingest order (its day, codes, source URL), the
     * first place any report names, the counts over all reports, and both actors from the index.
     */
    private static final String SQL = "SELECT r.event_key, r.day, r.cameo, r.goldstein, r.known_place,"
            + " coalesce(r.url, r.input), g.mentions, g.sources, g.articles, g.added,"
            + " a1.code, a1.name, a1.country, a1.sector, r.target_id, a2.code, a2.name, a2.country, a2.sector"
            + " FROM (SELECT e.event_key, e.day, e.cameo, e.goldstein, e.source_id, e.target_id, d.url, d.input,"
            + "  first_value(e.place) OVER (PARTITION BY e.event_key"
            + "   ORDER BY e.place IS NULL, d.ingested_at, d.id, e.event_id) AS known_place,"
            + "  row_number() OVER (PARTITION BY e.event_key ORDER BY d.ingested_at, d.id, e.event_id) AS rank"
            + "  FROM events e JOIN documents d ON d.id = e.document_id WHERE " + HAPPENED + ") r"
            + " JOIN (SELECT e.event_key, count(*) AS mentions,"
            + "  count(DISTINCT d.outlet) + count(DISTINCT CASE WHEN d.outlet IS NULL THEN d.id END) AS sources,"
            + "  count(DISTINCT e.document_id) AS articles, min(d.ingested_at) AS added"
            + "  FROM events e JOIN documents d ON d.id = e.document_id WHERE " + HAPPENED + " GROUP BY e.event_key) g"
            + " ON g.event_key = r.event_key"
            + " LEFT JOIN actor_index a1 ON a1.actor_id = r.source_id"
            + " LEFT JOIN actor_index a2 ON a2.actor_id = r.target_id"
            + " WHERE r.rank = 1 ORDER BY r.day NULLS LAST, r.event_key";

    private Gdelt() {
    }

    /** Writes the rows, each ending in a line feed, and nothing else; returns how many. */
    static long write(Connection connection, Writer out) throws SQLException, IOException {
        long count = 0;
        String[] row = new String[COLUMNS.size()];
        StringBuilder line = new StringBuilder(256);
        try (PreparedStatement p = connection.prepareStatement(SQL)) {
            p.setFetchSize(Exports.FETCH);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    fill(r, row);
                    line.setLength(0);
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            line.append('\t');
                        }
                        if (row[i] != null) {
                            line.append(field(row[i]));
                        }
                    }
                    out.append(line).append('\n');
                    count++;
                }
            }
        }
        return count;
    }

    private static void fill(ResultSet r, String[] row) throws SQLException {
        Arrays.fill(row, null);
        row[GLOBAL_EVENT_ID] = Long.toString(Keys.eventNumber(r.getString(1)));
        LocalDate day = r.getObject(2, LocalDate.class);
        if (day != null) {
            row[DAY] = DAY_FORMAT.format(day);
            row[MONTH_YEAR] = row[DAY].substring(0, 6);
            row[YEAR] = row[DAY].substring(0, 4);
            row[FRACTION_DATE] = fractionDate(day);
        }
        String code = eventCode(r.getString(3));
        row[EVENT_CODE] = code;
        row[EVENT_BASE_CODE] = code.substring(0, 3);
        row[EVENT_ROOT_CODE] = code.substring(0, 2);
        row[QUAD_CLASS] = quadClass(code);
        row[GOLDSTEIN] = Double.toString(r.getDouble(4));
        row[ACTION_GEO_FULL_NAME] = r.getString(5);
        row[SOURCE_URL] = r.getString(6);
        row[NUM_MENTIONS] = Long.toString(r.getLong(7));
        row[NUM_SOURCES] = Long.toString(r.getLong(8));
        row[NUM_ARTICLES] = Long.toString(r.getLong(9));
        row[DATE_ADDED] = ADDED_FORMAT.format(r.getObject(10, LocalDateTime.class));
        actor(r, 11, row, ACTOR1);
        if (r.getString(15) != null) {
            actor(r, 16, row, ACTOR2);
        }
    }

    /** Code, name, country and sector (as Type1Code) from four result columns from {@code column}. */
    private static void actor(ResultSet r, int column, String[] row, int first) throws SQLException {
        row[first] = r.getString(column);
        row[first + NAME] = r.getString(column + 1);
        row[first + COUNTRY] = r.getString(column + 2);
        row[first + TYPE1] = r.getString(column + 3);
    }

    /**
     * The CAMEO code as GDELT writes it: three or four digits, a root-level code such as {@code 04}
     * becoming CAMEO's "not specified below" code {@code 040}.
     */
    static String eventCode(String cameo) {
        return cameo.length() == 2 ? cameo + "0" : cameo;
    }

    /**
     * GDELT's QuadClass of a CAMEO code, from its root: 01–05 verbal cooperation (1), 06–08 material
     * cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4); empty for no CAMEO root.
     */
    static String quadClass(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root >= 1 && root <= 5) {
            return "1";
        }
        if (root >= 6 && root <= 8) {
            return "2";
        }
        if (root >= 9 && root <= 13) {
            return "3";
        }
        return root >= 14 && root <= 20 ? "4" : null;
    }

    /** The year plus the day of the year over 365, to four decimals, as GDELT computes it: 2025-03-06 is 2025.1781. */
    static String fractionDate(LocalDate day) {
        return String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0);
    }

    /** A value as one field: tabs and line breaks would split the row, so they become spaces. */
    private static String field(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
            }
        }
        return value;
    }
}
