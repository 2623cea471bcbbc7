package org.claimgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys that merge what many articles report: one claim per source, CAMEO root and target, and
 * one event per source, CAMEO code, target, day and modality. Keys are short hashes, the same in every store.
 */
final class Keys {

    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}).*");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern EVENT_KEY = Pattern.compile("e[0-9a-f]{10}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(?:-WE)?");

    private Keys() {
    }

    /** The claim that "source does CAMEO root to target", whoever reports it. */
    static String claim(String source, String cameo, String target) {
        return "c" + hash(source + "|" + cameo.substring(0, 2) + "|" + (target == null ? "" : target));
    }

    /**
     * The event "source does cameo to target on day" (asserted, intended, negated or past), however
     * many articles report it.
     */
    static String event(String source, String cameo, String target, LocalDate day, String modality) {
        return "e" + hash(source + "|" + cameo + "|" + (target == null ? "" : target) + "|" + (day == null ? "" : day)
                + "|" + modality);
    }

    /**
     * The number an event key stands for: its hash read as an unsigned 40-bit integer, for formats
     * that want numeric ids (GDELT's GlobalEventID). {@code e0000000001} is 1.
     */
    static long eventNumber(String eventKey) {
        if (!EVENT_KEY.matcher(eventKey).matches()) {
            throw new IllegalArgumentException("\"" + eventKey + "\" is not an event key (e and 10 hex digits)");
        }
        return Long.parseLong(eventKey, 1, eventKey.length(), 16);
    }

    /**
     * The first day of an ISO-8601 time value ({@code 2023-10-20}, {@code 2023-10}, {@code 2023},
     * {@code 2023-W42}), or {@code fallback} when the value is null or names no day.
     */
    static LocalDate day(String value, LocalDate fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches()) {
                return LocalDate.parse(m.group(1));
            }
            if ((m = MONTH.matcher(value)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            }
            if (YEAR.matcher(value).matches()) {
                return LocalDate.of(Integer.parseInt(value), 1, 1);
            }
            if ((m = WEEK.matcher(value)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), 2, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            }
        } catch (DateTimeException e) {
            return fallback; // "2023-02-30" and the like: no such day
        }
        return fallback;
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
