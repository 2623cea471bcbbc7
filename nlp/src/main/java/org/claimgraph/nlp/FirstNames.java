package org.claimgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a first name is a woman's or a man's, from the list of about 14,600 first names that
 * ships in CoreNLP's models jar for its coreference systems. A name listed with both ("Jordan") or
 * not listed tells nothing. Loaded once, on first use; immutable and thread-safe.
 */
public final class FirstNames {

    /** The gender a first name tells. */
    public enum Gender { FEMALE, MALE }

    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private FirstNames() {
    }

    /** The gender of {@code name} (any case), or empty when the list gives none or both. */
    public static Optional<Gender> gender(String name) {
        return Optional.ofNullable(Holder.GENDERS.get(name.toLowerCase(Locale.ROOT)));
    }

    private static final class Holder {
        static final Map<String, Gender> GENDERS = load();
    }

    private static Map<String, Gender> load() {
        InputStream in = FirstNames.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("first-name list " + RESOURCE + " is missing from the classpath"
                    + " (it ships in the stanford-corenlp models jar)");
        }
        Map<String, Gender> genders = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cols = line.split("\t");
                if (cols.length != 2 || !(cols[1].equals("FEMALE") || cols[1].equals("MALE"))) {
                    continue;
                }
                Gender g = Gender.valueOf(cols[1]);
                Gender before = genders.putIfAbsent(cols[0], g);
                if (before != null && before != g) {
                    ambiguous.add(cols[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
        genders.keySet().removeAll(ambiguous);
        return Map.copyOf(genders);
    }
}
