package org.claimgraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input a {@link DocumentReader} understands. */
public enum Format {
    /** Plain text: the whole input is the document's text. */
    TEXT("txt", "text"),
    /** An HTML page: the article's text, title, date, URL and outlet are extracted. */
    HTML("html", "htm"),
    /** JSON Lines: one document object per line. */
    JSONL("jsonl", "ndjson");

    /** What every message about an unknown file type ends with. */
    static final String EXPECTED = "(expected .txt, .html or .jsonl)";

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The format of a file name's extension ({@code "html"}, any case, without the dot), if it has one. */
    static Optional<Format> forExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.extensions.contains(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format the start of an unnamed input suggests: <code>{</code> for JSON Lines, {@code <} for HTML, else text. */
    static Format sniff(String head) {
        String start = head.stripLeading();
        if (start.startsWith("{")) {
            return JSONL;
        }
        return start.startsWith("<") ? HTML : TEXT;
    }
}
