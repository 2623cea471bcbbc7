package org.claimgraph.extract.frames;

import org.claimgraph.model.TimeRef;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** Compares resolved times with the publication date. Stateless. */
final class Dates {

    private Dates() {
    }

    /**
     * Whether the time ends before the week preceding the week of publication: "last month", "in
     * September", "in 2022" do; "this week", "Thursday" and "last week" do not, since news reports
     * last week's acts as the story itself. False when either date is unknown.
     */
    static boolean beforeWeekOf(TimeRef time, LocalDate published) {
        if (published == null || time.value() == null) {
            return false;
        }
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = lastDay(time);
        return end != null && end.isBefore(monday.minusWeeks(1));
    }

    /** The last day a resolved time covers, or null for shapes we do not date (durations, sets). */
    private static LocalDate lastDay(TimeRef time) {
        String v = time.value();
        try {
            return switch (time.granularity()) {
                case DAY -> LocalDate.parse(v);
                case INSTANT -> LocalDate.parse(v.substring(0, 10));
                case WEEK -> LocalDate.of(Integer.parseInt(v.substring(0, 4)), 6, 1)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(v.substring(6)))
                        .with(DayOfWeek.SUNDAY);
                case MONTH -> YearMonth.parse(v).atEndOfMonth();
                case QUARTER -> YearMonth.of(Integer.parseInt(v.substring(0, 4)), 3 * (v.charAt(6) - '0')).atEndOfMonth();
                case YEAR -> LocalDate.of(Integer.parseInt(v), 12, 31);
                default -> null;
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
