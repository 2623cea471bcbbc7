package org.claimgraph.eval;

import org.claimgraph.extract.DataFile;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of {@code stance-words.tsv} that tell where a headline stands on a claim: debunking
 * words, hedges, negations, second-hand sources, factive reporting verbs and function words, and the
 * tokenizer that splits headlines the way the file writes its phrases. Immutable and thread-safe;
 * load once with {@link #load()}.
 */
final class StanceWords {

    /** What a word or phrase says; see the file's header. */
    enum Signal { DEBUNK, HEDGE, NEGATION, SOURCE, FACTIVE, INERT, FUNCTION }

    static final String FILE = "stance-words.tsv";

    /** Words and numbers, "n't" and "'s"-like clitics apart, and question marks. */
    private static final Pattern TOKEN = Pattern.compile("n't|'\\p{L}+|[\\p{L}\\p{N}]+|\\?");
    private static final Pattern NT = Pattern.compile("(?<=\\p{L})n't\\b");

    /** Per signal, the phrases by their first word, longest first. */
    private final Map<Signal, Map<String, List<List<String>>>> phrases;

    private StanceWords(Map<Signal, Map<String, List<List<String>>>> phrases) {
        this.phrases = phrases;
    }

    /** Reads the file from the classpath; an entry it cannot use is an error naming its line. */
    static StanceWords load() {
        return of(DataFile.read(StanceWords.class, FILE, 2));
    }

    /** Reads entries in the file's format from {@code reader}; {@code name} is used in errors. */
    static StanceWords read(String name, Reader reader) throws IOException {
        return of(DataFile.read(name, reader, 2));
    }

    private static StanceWords of(List<DataFile.Row> rows) {
        Map<Signal, Map<String, List<List<String>>>> phrases = new EnumMap<>(Signal.class);
        Set<String> seen = new HashSet<>();
        for (DataFile.Row row : rows) {
            String words = row.column(0);
            Signal signal;
            try {
                signal = Signal.valueOf(row.column(1));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown signal \"" + row.column(1) + "\" (expected one of " + List.of(Signal.values()) + ")");
            }
            List<String> tokens = tokens(words);
            if (tokens.isEmpty() || !String.join(" ", tokens).equals(words)) {
                throw row.error("\"" + words + "\" is not written as the classifier splits text: expected \""
                        + String.join(" ", tokens) + "\" (lower case, \"n't\" and \"'s\" apart)");
            }
            if (!seen.add(signal + "\t" + words)) {
                throw row.error("\"" + words + "\" is listed twice as " + signal);
            }
            phrases.computeIfAbsent(signal, k -> new HashMap<>())
                    .computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(tokens);
        }
        for (Map<String, List<List<String>>> byFirst : phrases.values()) {
            for (List<List<String>> list : byFirst.values()) {
                list.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
            }
        }
        return new StanceWords(phrases);
    }

    /**
     * The tokens of a text, lower case: {@code "Apple didn't say it's fake?"} gives
     * {@code apple, did, n't, say, it, 's, fake, ?}. Curly apostrophes count as straight ones.
     */
    static List<String> tokens(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        Matcher m = TOKEN.matcher(NT.matcher(normal).replaceAll(" n't"));
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The first phrase with this signal in the tokens (the longest where several start at one word). */
    Optional<String> find(Signal signal, List<String> tokens) {
        Map<String, List<List<String>>> byFirst = phrases.getOrDefault(signal, Map.of());
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> phrase : byFirst.getOrDefault(tokens.get(i), List.of())) {
                if (i + phrase.size() <= tokens.size() && tokens.subList(i, i + phrase.size()).equals(phrase)) {
                    return Optional.of(String.join(" ", phrase));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the one word has this signal. */
    boolean has(Signal signal, String word) {
        return phrases.getOrDefault(signal, Map.of()).getOrDefault(word, List.of()).stream()
                .anyMatch(p -> p.size() == 1);
    }
}
