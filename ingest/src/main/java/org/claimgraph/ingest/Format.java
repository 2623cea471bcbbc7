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
    JSONL("jsonl", "ndjson"),
    /**
     * An RSS (0.9x, 1.0, 2.0) or Atom 1.0 feed: one document per entry. A {@code .xml} file is read
     * as a feed, and must have {@code <rss>}, {@code <feed>} or {@code <rdf:RDF>} as its root
     * element: any other XML file is one problem that names its root.
     */
    FEED("rss", "atom", "xml"),
    /** A web archive, plain or gzipped: one document per HTML page captured in a response record. */
    WARC("warc", "warc.gz");

    /** What every message about an unknown file type ends with. */
    static final String EXPECTED = "(expected .txt, .html, .jsonl, .rss, .atom, .xml, .warc or .warc.gz)";

    private static final String WARC_MAGIC = "WARC/";

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /**
     * The format a file name's extension gives, in any case ({@code "news.WARC.gz"} is a WARC),
     * if it has one. A name that is nothing but an extension ({@code ".txt"}) has none.
     */
    static Optional<Format> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            for (String extension : format.extensions) {
                if (lower.endsWith("." + extension) && lower.length() > extension.length() + 1) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The format the first bytes of an unnamed input suggest: the gzip magic number or
     * {@code WARC/} for a WARC, <code>{</code> for JSON Lines, an XML root element {@code rss},
     * {@code feed} or {@code RDF} for a feed, another {@code <} for HTML, else text.
     */
    static Format sniff(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return WARC;
        }
        String start = TextDecoder.headText(head).stripLeading();
        if (start.startsWith(WARC_MAGIC)) {
            return WARC;
        }
        if (start.startsWith("{")) {
            return JSONL;
        }
        if (!start.startsWith("<")) {
            return TEXT;
        }
        return FeedReader.isFeedRoot(FeedReader.findRootElement(start).orElse("")) ? FEED : HTML;
    }
}
