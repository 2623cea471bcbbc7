package org.claimgraph.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar date of an ISO-8601 date or date-time ({@code 2023-10-20},
 * {@code 2023-10-20T23:30:00-05:00}, {@code 2023-10-20 08:00}). Stateless.
 */
final class IsoDates {

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

    private IsoDates() {
    }

    /**
     * The date as written, with no time-zone shift: a date-time stamped in the outlet's own zone
     * gives the day the outlet published on. Empty when the value is not an ISO date.
     */
    static Optional<LocalDate> parse(String value) {
        Matcher matcher = DATE.matcher(value.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1)));
        } catch (DateTimeParseException e) { // 2023-02-30 and the like
            return Optional.empty();
        }
    }
}
