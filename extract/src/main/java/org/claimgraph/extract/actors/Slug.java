package org.claimgraph.extract.actors;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, readable id parts from names: "Sergey Lavrov" → "sergey-lavrov". */
final class Slug {

    private Slug() {
    }

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("['’.]", "").replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
