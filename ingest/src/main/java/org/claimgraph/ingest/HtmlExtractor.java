package org.claimgraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.model.Document;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;

/**
 * Finds the article in an HTML page: its text, one paragraph a line, and its title, publication
 * date, URL and outlet; and the text of HTML fragments such as feed entries. Thread-safe: holds
 * only the fallback date.
 */
final class HtmlExtractor {

    /** Page furniture, never article text. */
    private static final String FURNITURE = "script, style, nav, header, footer, aside, form, noscript";

    /** Elements whose text is one paragraph of the article. */
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote");

    /** Meta properties and names that give the publication date, most specific first. */
    private static final List<String> DATE_META =
            List.of("article:published_time", "og:published_time", "date", "pubdate", "dc.date");

    /** {@code <meta charset="x">} and {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private final LocalDate fallbackDate;

    HtmlExtractor(LocalDate fallbackDate) {
        this.fallbackDate = fallbackDate;
    }

    /** The charset a {@code <meta>} declaration in the head of a page names, if Java knows it. */
    static Optional<Charset> findDeclaredCharset(byte[] head) {
        Matcher matcher = META_CHARSET.matcher(new String(head, StandardCharsets.ISO_8859_1));
        return matcher.find() ? findCharset(matcher.group(1)) : Optional.empty();
    }

    /**
     * The charset a page's declaration names, as browsers read it; empty for a name Java does not
     * know, and for UTF-16 and UTF-32, which a declaration readable as ASCII cannot be in.
     */
    static Optional<Charset> findCharset(String name) {
        Charset charset;
        try {
            charset = Charset.forName(name.strip());
        } catch (IllegalArgumentException e) { // an illegal or unsupported charset name: ignore the declaration
            return Optional.empty();
        }
        // Browsers read these labels as Windows-1252 (WHATWG Encoding Standard), and pages count on it.
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            return Optional.of(TextDecoder.WINDOWS_1252);
        }
        if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
            return Optional.empty();
        }
        return Optional.of(charset);
    }

    /**
     * The article of a page given as bytes, decoded as {@link TextDecoder#decode} says, with the
     * charset that the HTTP header named (nullable) or else the page's {@code <meta>} declaration.
     */
    Document extract(byte[] page, Charset headerCharset) throws BadInputException {
        Charset declared = headerCharset != null ? headerCharset
                : findDeclaredCharset(Arrays.copyOf(page, Math.min(page.length, TextDecoder.HEAD_BYTES))).orElse(null);
        return extract(TextDecoder.decode(page, declared));
    }

    /** The article of a page; its metadata is read before the furniture goes, as titles and dates often sit in a header. */
    Document extract(String html) throws BadInputException {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        Map<String, String> meta = metaContent(page);
        String title = firstNonBlank(meta.get("og:title"), page.title(), text(page.selectFirst("h1")));
        LocalDate published = published(page, meta).orElse(fallbackDate);
        String url = firstNonBlank(meta.get("og:url"), attribute(page.selectFirst("link[rel=canonical]"), "href"));
        String outlet = firstNonBlank(meta.get("og:site_name"));

        page.select(FURNITURE).remove();
        String text = String.join("\n", paragraphs(articleRoot(page)));
        if (text.isEmpty()) {
            throw new BadInputException("no article text found in the HTML");
        }
        return Document.of(text, title, published, url, outlet);
    }

    /**
     * The text of an HTML fragment, such as a feed entry's content: one paragraph a line as in a
     * page, or, when it has no paragraph elements (a one-line summary), all its text on one line.
     * Empty when it holds no text.
     */
    String fragmentText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(FURNITURE).remove();
        List<String> paragraphs = paragraphs(body);
        return paragraphs.isEmpty() ? blockText(body) : String.join("\n", paragraphs);
    }

    /** The content of each {@code <meta>}, by its lowercased {@code property} and {@code name}; the first one wins. */
    private static Map<String, String> metaContent(org.jsoup.nodes.Document page) {
        Map<String, String> content = new HashMap<>();
        for (Element meta : page.getElementsByTag("meta")) {
            String value = meta.attr("content").strip();
            if (value.isEmpty()) {
                continue;
            }
            for (String key : List.of(meta.attr("property"), meta.attr("name"))) {
                if (!key.isBlank()) {
                    content.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), value);
                }
            }
        }
        return content;
    }

    /** The first of the page's date declarations that is an ISO date. */
    private static Optional<LocalDate> published(org.jsoup.nodes.Document page, Map<String, String> meta) {
        Element itemprop = page.selectFirst("[itemprop=datePublished]");
        String schemaOrg = itemprop == null ? null
                : firstNonBlank(itemprop.attr("content"), itemprop.attr("datetime"), itemprop.text());
        String time = attribute(page.selectFirst("time[datetime]"), "datetime");
        return Stream.concat(DATE_META.stream().map(meta::get), Stream.of(schemaOrg, time))
                .filter(Objects::nonNull)
                .map(IsoDates::parse)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The largest {@code <article>} (pages also mark teasers as articles), else {@code <main>}, else the body. */
    private static Element articleRoot(org.jsoup.nodes.Document page) {
        return page.getElementsByTag("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()))
                .or(() -> Optional.ofNullable(page.selectFirst("main")))
                .orElse(page.body());
    }

    /** The text of each outermost block, so a paragraph inside a quotation or list item is not read twice. */
    private static List<String> paragraphs(Element root) {
        List<String> paragraphs = new ArrayList<>();
        root.filter((node, depth) -> {
            if (!(node instanceof Element element) || !BLOCKS.contains(element.normalName())) {
                return FilterResult.CONTINUE;
            }
            String text = blockText(element);
            if (!text.isEmpty()) {
                paragraphs.add(text);
            }
            return FilterResult.SKIP_ENTIRELY;
        });
        return paragraphs;
    }

    /** An element's text on one line; no-break spaces pad empty paragraphs and trip tokenizers, so they read as spaces. */
    private static String blockText(Element element) {
        return element.text().replace('\u00a0', ' ').strip();
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : element.attr(name);
    }

    /** The first value that has more than whitespace in it, stripped; null when none has. */
    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
