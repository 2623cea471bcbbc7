package org.claimgraph.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.model.Document;
import org.jsoup.Jsoup;

/**
 * Reads an RSS or Atom feed with ROME, one document per entry: a bad entry becomes a problem named
 * {@code input:entry N} and reading goes on with the next. An entry's text is its content, else its
 * description (summary), as HTML read one paragraph a line; its title, link and date are the
 * entry's, its outlet the feed's title. Its date is the entry's published date, else its updated
 * date, else the fallback date; ROME gives instants, whose UTC calendar day is taken, as the offset
 * the feed wrote is not kept.
 *
 * <p>DOCTYPE declarations are refused (ROME's default, set here explicitly): a DOCTYPE can declare
 * external entities that make the parser read local files or fetch URLs (XXE). Thread-safe: holds
 * only the HTML extractor and the fallback date; a ROME parser is made for each feed.
 */
final class FeedReader {

    /** The local names of the root elements of RSS 2.0 and 0.9x, Atom, and RSS 1.0 (RDF). */
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF");

    private static final String EXPECTED_ROOT = "(expected <rss>, <feed> or <rdf:RDF>)";

    private static final Pattern ELEMENT_NAME = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

    /** Content types whose text is read as it is; others but HTML and XHTML (images, say) are left out. */
    private static final Set<String> PLAIN_TYPES = Set.of("text", "text/plain");
    private static final Set<String> HTML_TYPES = Set.of("html", "xhtml", "text/html", "application/xhtml+xml");

    private final HtmlExtractor html;
    private final LocalDate fallbackDate;

    FeedReader(HtmlExtractor html, LocalDate fallbackDate) {
        this.html = html;
        this.fallbackDate = fallbackDate;
    }

    /** The name of an XML document's root element as written ({@code rdf:RDF}), looking past its prolog. */
    static Optional<String> findRootElement(String xml) {
        int at = 0;
        while (true) {
            while (at < xml.length() && Character.isWhitespace(xml.charAt(at))) {
                at++;
            }
            if (xml.startsWith("<?", at)) {
                at = after(xml, "?>", at);
            } else if (xml.startsWith("<!--", at)) {
                at = after(xml, "-->", at);
            } else if (xml.startsWith("<!", at)) {
                at = afterDeclaration(xml, at);
            } else {
                Matcher name = ELEMENT_NAME.matcher(xml).region(at, xml.length());
                return name.lookingAt() ? Optional.of(name.group(1)) : Optional.empty();
            }
            if (at < 0) {
                return Optional.empty();
            }
        }
    }

    /** Whether a root element's name, with or without its prefix, is that of an RSS or Atom feed. */
    static boolean isFeedRoot(String rootElement) {
        return FEED_ROOTS.contains(rootElement.substring(rootElement.indexOf(':') + 1));
    }

    /** Reads every entry of the feed in {@code bytes}, a whole file of at most the document size limit. */
    void read(String input, byte[] bytes, DocumentSink sink) throws BadInputException {
        String head = TextDecoder.headText(bytes.length <= TextDecoder.HEAD_BYTES ? bytes
                : Arrays.copyOf(bytes, TextDecoder.HEAD_BYTES));
        String root = findRootElement(head).orElseThrow(() -> new BadInputException(
                "not an RSS or Atom feed: no XML root element in the first 8 KiB " + EXPECTED_ROOT));
        if (!isFeedRoot(root)) {
            throw new BadInputException("not an RSS or Atom feed: the root element is <" + root + "> " + EXPECTED_ROOT);
        }
        SyndFeed feed = parse(bytes);
        List<SyndEntry> entries = feed.getEntries();
        if (entries.isEmpty()) {
            throw new BadInputException("feed has no entries");
        }
        String outlet = blankToNull(feed.getTitle());
        for (int i = 0; i < entries.size(); i++) {
            String where = input + ":entry " + (i + 1);
            try {
                sink.document(where, document(entries.get(i), outlet));
            } catch (BadInputException e) {
                sink.problem(new InputProblem(where, e.getMessage()));
            }
        }
    }

    private static SyndFeed parse(byte[] bytes) throws BadInputException {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes))) {
            return input.build(reader);
        } catch (ParsingFeedException e) {
            throw notWellFormed(e);
        } catch (FeedException e) {
            throw new BadInputException("feed cannot be read: " + shorten(rootMessage(e)));
        } catch (IllegalArgumentException e) { // ROME's "Invalid document": a root it has no parser for
            throw new BadInputException("not an RSS or Atom feed that can be read " + EXPECTED_ROOT);
        } catch (IOException e) { // reading bytes in memory, only an undecodable encoding fails
            throw new BadInputException("cannot decode the feed: " + shorten(rootMessage(e)));
        }
    }

    private static BadInputException notWellFormed(ParsingFeedException e) {
        String message = rootMessage(e);
        if (message.contains("DOCTYPE")) {
            return new BadInputException("feed has a DOCTYPE declaration, which is refused because its entities could"
                    + " make the parser read other files (remove the DOCTYPE)");
        }
        String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
        return new BadInputException("feed is not well-formed XML: " + shorten(message) + where);
    }

    private Document document(SyndEntry entry, String outlet) throws BadInputException {
        String link = blankToNull(entry.getLink());
        String text = text(entry);
        if (text.isEmpty()) {
            throw new BadInputException("entry has no text in its content or description"
                    + (link == null ? "" : " (" + link + ")"));
        }
        return Document.of(text, title(entry), published(entry).orElse(fallbackDate), link, outlet);
    }

    /** The text of the first of the entry's contents, then its description, that has any. */
    private String text(SyndEntry entry) {
        List<SyndContent> candidates = new ArrayList<>(entry.getContents());
        candidates.add(entry.getDescription());
        for (SyndContent content : candidates) {
            String text = content == null || content.getValue() == null ? "" : text(content);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    private String text(SyndContent content) {
        String type = content.getType() == null ? "html" : content.getType().strip().toLowerCase(Locale.ROOT);
        if (PLAIN_TYPES.contains(type)) {
            return content.getValue().replace("\r\n", "\n").replace('\r', '\n').strip();
        }
        return HTML_TYPES.contains(type) ? html.fragmentText(content.getValue()) : "";
    }

    /** The entry's title as text: an Atom title may be HTML. */
    private static String title(SyndEntry entry) {
        SyndContent title = entry.getTitleEx();
        String type = title == null || title.getType() == null ? "" : title.getType().toLowerCase(Locale.ROOT);
        String value = entry.getTitle();
        if (value != null && HTML_TYPES.contains(type)) {
            value = Jsoup.parseBodyFragment(value).text();
        }
        return blankToNull(value);
    }

    private static Optional<LocalDate> published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return Optional.ofNullable(date).map(d -> LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC));
    }

    /** The position just after the next {@code end} from {@code from}, or -1 when there is none. */
    private static int after(String text, String end, int from) {
        int found = text.indexOf(end, from);
        return found < 0 ? -1 : found + end.length();
    }

    /** The position after a {@code <!DOCTYPE ...>} declaration, whose internal subset in brackets may hold {@code >}. */
    private static int afterDeclaration(String text, int from) {
        int depth = 0;
        for (int i = from + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The message of the innermost cause, which names what is wrong without the wrappers' prefixes. */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : e.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message.strip();
    }

    /** A parser's message as part of a problem phrase: lowercase first, cut short. */
    private static String shorten(String message) {
        String text = message.isEmpty() ? message : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
        return BadInputException.abbreviate(text);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
