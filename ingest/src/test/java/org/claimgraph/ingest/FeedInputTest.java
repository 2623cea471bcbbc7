package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.claimgraph.ingest.Inputs.FALLBACK;
import static org.claimgraph.ingest.Inputs.readFile;
import static org.claimgraph.ingest.Inputs.readString;
import static org.claimgraph.ingest.Inputs.write;

import java.nio.file.Path;
import java.time.LocalDate;
import org.claimgraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RSS and Atom feeds, written as strings at test time: one document per entry. */
class FeedInputTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Alder Gazette</title>
                <link>https://gazette.example/</link>
                <description>Invented news</description>
                <item>
                  <title>Harbour board approves pier</title>
                  <link>https://gazette.example/pier</link>
                  <pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>The harbour board approved the pier on Tuesday.</p><p>Work starts in May.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Ferry timetable changes</title>
                  <link>https://gazette.example/ferry</link>
                  <pubDate>Wed, 06 Mar 2024 17:30:00 GMT</pubDate>
                  <description>&lt;p&gt;The ferry will leave at noon from April.&lt;/p&gt;</description>
                </item>
              </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Birch Courier</title>
              <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
              <updated>2024-04-02T10:00:00Z</updated>
              <entry>
                <title type="html">Mayor &lt;em&gt;opens&lt;/em&gt; bridge</title>
                <link href="https://courier.example/bridge"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <updated>2024-04-01T12:00:00Z</updated>
                <content type="html">&lt;p&gt;The mayor opened the bridge.&lt;/p&gt;&lt;p&gt;Traffic flowed at once.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Council meets</title>
                <link href="https://courier.example/council"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
                <published>2024-03-30T08:00:00Z</published>
                <updated>2024-04-02T08:00:00Z</updated>
                <summary type="text">The council met for two hours.</summary>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    @Test
    void eachRssItemIsADocument() {
        Path feed = write(dir, "gazette.rss", RSS);

        RecordingSink sink = readFile(feed);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.order).containsExactly(feed + ":entry 1", feed + ":entry 2");
        assertThat(sink.documents())
                .extracting(Document::title, Document::url, Document::published, Document::outlet, Document::text)
                .containsExactly(
                        tuple("Harbour board approves pier", "https://gazette.example/pier", LocalDate.of(2024, 3, 5),
                                "Alder Gazette", "The harbour board approved the pier on Tuesday.\nWork starts in May."),
                        tuple("Ferry timetable changes", "https://gazette.example/ferry", LocalDate.of(2024, 3, 6),
                                "Alder Gazette", "The ferry will leave at noon from April."));
    }

    @Test
    void entriesHaveDistinctContentIds() {
        RecordingSink sink = readFile(write(dir, "gazette.rss", RSS));

        assertThat(sink.documents()).extracting(Document::id).doesNotHaveDuplicates();
        assertThat(sink.documents()).allSatisfy(document ->
                assertThat(document.id()).isEqualTo(Document.contentId(document.text())));
    }

    @Test
    void anAtomEntryWithoutAPublishedDateIsDatedByItsUpdatedDate() {
        Path feed = write(dir, "courier.atom", ATOM);

        RecordingSink sink = readFile(feed);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.documents())
                .extracting(Document::title, Document::url, Document::published, Document::outlet, Document::text)
                .containsExactly(
                        tuple("Mayor opens bridge", "https://courier.example/bridge", LocalDate.of(2024, 4, 1),
                                "Birch Courier", "The mayor opened the bridge.\nTraffic flowed at once."),
                        tuple("Council meets", "https://courier.example/council", LocalDate.of(2024, 3, 30),
                                "Birch Courier", "The council met for two hours."));
    }

    @Test
    void anEntryWithoutADateHasTheFallbackDate() {
        String rss = "<rss version=\"2.0\"><channel><title>T</title><item><title>Undated</title>"
                + "<description>No date on this one.</description></item></channel></rss>";

        Document document = readFile(write(dir, "undated.rss", rss)).only();

        assertThat(document.published()).isEqualTo(FALLBACK);
        assertThat(document.url()).isNull();
    }

    @Test
    void anEntryWithoutTextIsOneProblemAndTheOthersAreRead() {
        String rss = """
                <rss version="2.0"><channel><title>T</title>
                  <item><title>First</title><description>First text.</description></item>
                  <item><title>Empty</title><link>https://gazette.example/empty</link><description>  </description></item>
                  <item><title>Only a picture</title><description>&lt;p&gt;&amp;nbsp;&lt;/p&gt;&lt;img src="x.png"&gt;</description></item>
                  <item><title>Last</title><description>Last text.</description></item>
                </channel></rss>""";
        Path feed = write(dir, "gaps.rss", rss);

        RecordingSink sink = readFile(feed);

        assertThat(sink.order).containsExactly(feed + ":entry 1", feed + ":entry 2", feed + ":entry 3", feed + ":entry 4");
        assertThat(sink.documents()).extracting(Document::text).containsExactly("First text.", "Last text.");
        assertThat(sink.problems).containsExactly(
                new InputProblem(feed + ":entry 2", "entry has no text in its content or description "
                        + "(https://gazette.example/empty)"),
                new InputProblem(feed + ":entry 3", "entry has no text in its content or description"));
    }

    @Test
    void aDoctypeIsRefusedSoNoExternalEntityIsRead() {
        Path secret = write(dir, "secret.txt", "TOP-SECRET-MARKER");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY leak SYSTEM "%s">]>
                <rss version="2.0"><channel><title>T</title>
                  <item><title>Leak</title><description>&leak;</description></item>
                </channel></rss>""".formatted(secret.toUri());
        Path feed = write(dir, "xxe.rss", xxe);

        RecordingSink sink = readFile(feed);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).containsExactly(new InputProblem(feed.toString(), "feed has a DOCTYPE declaration, "
                + "which is refused because its entities could make the parser read other files (remove the DOCTYPE)"));
        assertThat(sink.problems.toString()).doesNotContain("TOP-SECRET-MARKER");
    }

    @Test
    void anXmlFileIsReadAsAFeedWhenItsRootIsAFeedsRoot() {
        String rdf = """
                <?xml version="1.0"?>
                <!-- RSS 1.0 -->
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                  <channel rdf:about="https://gazette.example/"><title>Alder Gazette</title>
                    <link>https://gazette.example/</link><description>d</description></channel>
                  <item rdf:about="https://gazette.example/pier"><title>Pier</title>
                    <link>https://gazette.example/pier</link><description>The pier is done.</description></item>
                </rdf:RDF>""";

        Document document = readFile(write(dir, "gazette.xml", rdf)).only();

        assertThat(document.text()).isEqualTo("The pier is done.");
        assertThat(document.outlet()).isEqualTo("Alder Gazette");
    }

    @Test
    void anXmlFileThatIsNotAFeedIsOneClearProblem() {
        Path sitemap = write(dir, "sitemap.xml", "<?xml version=\"1.0\"?>\n<urlset><url><loc>https://a.example/</loc></url></urlset>");

        RecordingSink sink = readFile(sitemap);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).containsExactly(new InputProblem(sitemap.toString(),
                "not an RSS or Atom feed: the root element is <urlset> (expected <rss>, <feed> or <rdf:RDF>)"));
    }

    @Test
    void aFeedThatIsNotWellFormedIsOneProblemWithItsPlace() {
        Path feed = write(dir, "broken.rss", "<rss version=\"2.0\"><channel><title>T</title>\n<item></channel></rss>");

        RecordingSink sink = readFile(feed);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).singleElement().satisfies(problem -> {
            assertThat(problem.input()).isEqualTo(feed.toString());
            assertThat(problem.problem()).startsWith("feed is not well-formed XML: ").contains("at line 2, column");
        });
    }

    @Test
    void aFeedWithoutEntriesIsOneProblem() {
        Path feed = write(dir, "quiet.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quiet</title></feed>");

        assertThat(readFile(feed).problems).containsExactly(new InputProblem(feed.toString(), "feed has no entries"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<?xml version=\"1.0\"?><rss version=\"2.0\">", "\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"})
    void aFeedOnStandardInputIsRecognisedByItsRoot(String start) {
        String end = start.contains("rss") ? "<channel><title>T</title><item><description>Piped.</description></item></channel></rss>"
                : "<title>T</title><entry><title>E</title><summary>Piped.</summary></entry></feed>";

        RecordingSink sink = readString(start + end, null);

        assertThat(sink.order).containsExactly("<test>:entry 1");
        assertThat(sink.only().text()).isEqualTo("Piped.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<?xml version=\"1.0\"?>\n<!-- c --><?pi x?>\n<rss version=\"2.0\">|rss",
            "<!DOCTYPE x [<!ENTITY a \"<b>\">]><feed>|feed",
            "<rdf:RDF xmlns:rdf=\"x\">|rdf:RDF",
            "<html><body>|html",
            "<!-- never closed|",
            "text|"})
    void findsTheRootElementPastTheProlog(String row) {
        String[] cells = row.split("\\|", -1);

        assertThat(FeedReader.findRootElement(cells[0]).orElse("")).isEqualTo(cells[1]);
    }
}
