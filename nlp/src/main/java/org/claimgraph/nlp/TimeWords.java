package org.claimgraph.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence may hold a time expression that resolves to a date, so that SUTime
 * runs only where it can find one. Names of days, months and holidays count only capitalised
 * ("May", not the modal "may"); vague words that never resolve to a date ("now", "recently",
 * "later") do not count.
 */
final class TimeWords {

    private static final Set<String> NAMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon.", "tue.", "tues.", "wed.", "thu.", "thurs.", "fri.", "sat.", "sun.",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
            "sep.", "sept.", "oct.", "nov.", "dec.", "christmas", "easter", "ramadan", "thanksgiving");

    private static final Set<String> WORDS = Set.of(
            "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "overnight",
            "midnight", "noon", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "year", "decade", "century", "quarter",
            "spring", "summer", "autumn", "winter");

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(1[5-9]|2[01])\\d\\d(s|-\\d\\d.*)?|\\d{1,2}/\\d{1,2}(/\\d{2,4})?|'\\d\\ds?");

    private TimeWords() {
    }

    static boolean isTimeWord(String word) {
        if (word.isEmpty()) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(word.charAt(0)) && NAMES.contains(lower)) {
            return true;
        }
        // plurals and hyphenated forms such as "two-day" or "years"
        int dash = lower.lastIndexOf('-');
        String tail = dash >= 0 ? lower.substring(dash + 1) : lower;
        String singular = tail.endsWith("s") ? tail.substring(0, tail.length() - 1) : tail;
        return WORDS.contains(tail) || WORDS.contains(singular) || NUMERIC_DATE.matcher(lower).matches();
    }
}
