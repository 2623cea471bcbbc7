package org.claimgraph.extract.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lookup key of a phrase, the same for the data files and for queries: Unicode NFC, runs of white
 * space (no-break spaces too) as one space, typographic apostrophes as {@code '}, and a leading
 * "the " dropped. Case is kept; {@link #folded} also lower-cases, for role nouns.
 */
final class PhraseKey {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BB\\u02BC\\u2032\\u0060\\u00B4]");
    private static final String ARTICLE = "the ";

    private PhraseKey() {
    }

    /** The case-sensitive key: {@code "the Kremlin"}, {@code "The  Kremlin"} and {@code "Kremlin"} give {@code Kremlin}. */
    static String of(String phrase) {
        if (plain(phrase)) {
            return withoutArticle(phrase); // most lookups: nothing to normalise, no regex
        }
        String s = Normalizer.isNormalized(phrase, Normalizer.Form.NFC)
                ? phrase : Normalizer.normalize(phrase, Normalizer.Form.NFC);
        s = SPACES.matcher(s).replaceAll(" ").strip();
        if (s.indexOf('\'') < 0 && !APOSTROPHES.matcher(s).find()) {
            return withoutArticle(s);
        }
        return withoutArticle(APOSTROPHES.matcher(s).replaceAll("'"));
    }

    /** The case-insensitive key: {@link #of} in lower case. */
    static String folded(String phrase) {
        return of(phrase).toLowerCase(Locale.ROOT);
    }

    /** Number of space-separated words of a phrase as written, the article included. */
    static int words(String phrase) {
        String s = SPACES.matcher(phrase).replaceAll(" ").strip();
        return s.isEmpty() ? 0 : s.split(" ").length;
    }

    /**
     * Whether the phrase is already its own key but for the article: printable ASCII (so NFC), single
     * spaces inside only, no backtick. The extractor looks up several keys for every token of a
     * text, and this check is what keeps that cheap.
     */
    private static boolean plain(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || c == '`' || c == ' ' && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static String withoutArticle(String s) {
        if (s.length() > ARTICLE.length() && s.regionMatches(true, 0, ARTICLE, 0, ARTICLE.length())) {
            return s.substring(ARTICLE.length());
        }
        return s;
    }
}
