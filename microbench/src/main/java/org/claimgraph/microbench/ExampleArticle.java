package org.claimgraph.microbench;

import org.claimgraph.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/**
 * One of our own example articles of {@code examples/} (fiction, written by the claimgraph team),
 * with the publication date its README gives. The build copies them into this module's jar under
 * {@code examples/}, so the benchmarks run from any folder.
 */
record ExampleArticle(String name, LocalDate published) {

    /** The articles a benchmark may name in its {@code article} parameter. */
    private static final Map<String, LocalDate> DATES = Map.of(
            "mackerel-dispute", LocalDate.of(2025, 3, 8),
            "river-treaty", LocalDate.of(2025, 6, 12));

    /** @throws IllegalArgumentException for a name that is not one of {@link #DATES}, listing them */
    static ExampleArticle named(String name) {
        LocalDate published = DATES.get(name);
        if (published == null) {
            throw new IllegalArgumentException("no example article " + name + "; expected one of " + DATES.keySet());
        }
        return new ExampleArticle(name, published);
    }

    Document document() {
        String resource = "/examples/" + name + ".txt";
        try (InputStream in = ExampleArticle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath; build the microbench module with Maven");
            }
            return Document.of(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, published, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
