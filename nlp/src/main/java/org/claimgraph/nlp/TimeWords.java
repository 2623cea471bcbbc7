package org.claimgraph.nlp;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence may hold a time expression, so that SUTime runs only where it can
 * find something. Errs on the side of running: a false alarm costs a few milliseconds, a miss
 * loses a date.
 */
final class TimeWords {

    private static final Set<String> WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon.", "tue.", "tues.", "wed.", "thu.", "thurs.", "fri.", "sat.", "sun.",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
            "sep.", "sept.", "oct.", "nov.", "dec.",
            "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night",
            "overnight", "noon", "midnight", "week", "weekend", "fortnight", "month", "year", "decade",
            "century", "day", "hour", "minute", "ago", "since", "recently", "now", "currently",
            "earlier", "later", "spring", "summer", "autumn", "fall", "winter", "quarter", "season",
            "christmas", "easter", "ramadan", "weekday", "annual", "annually", "daily", "weekly",
            "monthly", "yearly", "past", "next", "last", "previous", "former", "future", "era");

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(1[5-9]|2[01])\\d\\d(s|-\\d\\d.*)?|\\d{1,2}[/.]\\d{1,2}([/.]\\d{2,4})?|'\\d\\ds?");

    private TimeWords() {
    }

    static boolean isTimeWord(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (WORDS.contains(lower)) {
            return true;
        }
        // plurals and hyphenated forms such as "two-day" or "weeks"
        int dash = lower.lastIndexOf('-');
        String tail = dash >= 0 ? lower.substring(dash + 1) : lower;
        if (tail.endsWith("s") && WORDS.contains(tail.substring(0, tail.length() - 1))) {
            return true;
        }
        return WORDS.contains(tail) || NUMERIC_DATE.matcher(lower).matches();
    }
}
