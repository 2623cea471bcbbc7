package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimgraph.ingest.Inputs.FALLBACK;
import static org.claimgraph.ingest.Inputs.bytes;
import static org.claimgraph.ingest.Inputs.concat;
import static org.claimgraph.ingest.Inputs.readBytes;
import static org.claimgraph.ingest.Inputs.readFile;
import static org.claimgraph.ingest.Inputs.readString;
import static org.claimgraph.ingest.Inputs.resource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.claimgraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlInputTest {

    @Test
    void readsTheArticleAndItsMetadata() {
        RecordingSink sink = readFile(resource("harbour.html"));

        Document document = sink.only();
        assertThat(document.text()).isEqualTo("""
                The harbour board of Port Alder said on Tuesday that the new ferry would enter service in May.
                Board chair Mara Lind told reporters the sea trials had \u201cgone better than hoped\u201d.
                Critics unconvinced
                We have heard this before. Twice.
                Trials began in January.
                The old ferry retires in June.""");
        assertThat(document.title()).isEqualTo("Harbour board says new ferry will sail in May");
        assertThat(document.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(document.url()).isEqualTo("https://gazette.example/harbour/ferry-may");
        assertThat(document.outlet()).isEqualTo("Alder Gazette");
        assertThat(document.id()).isEqualTo(Document.contentId(document.text()));
    }

    @Test
    void leavesOutScriptsStylesNavigationAndOtherFurniture() {
        String text = readFile(resource("harbour.html")).only().text();

        assertThat(text).doesNotContain("track", "advert", "color", "Home", "Weather", "Read more",
                "Subscribe", "JavaScript", "Copyright", "Harbour\n");
    }

    @Test
    void withoutAnArticleReadsMainAndWithoutMainTheBody() {
        assertThat(readString("<main><p>In main.</p></main><p>Outside.</p>", Format.HTML).only().text())
                .isEqualTo("In main.");
        assertThat(readString("<div><p>One.</p><div><p>Two.</p></div></div>", Format.HTML).only().text())
                .isEqualTo("One.\nTwo.");
    }

    @Test
    void readsTheLargestOfSeveralArticles() {
        String page = "<article><p>Teaser.</p></article><article><p>The story itself, at length.</p></article>";

        assertThat(readString(page, Format.HTML).only().text()).isEqualTo("The story itself, at length.");
    }

    @Test
    void readsNestedListsOnceAndWholly() {
        String page = "<ul><li>Ports<ul><li>Alder</li><li>Birch</li></ul></li></ul>";

        assertThat(readString(page, Format.HTML).only().text()).isEqualTo("Ports Alder Birch");
    }

    @Test
    void titleFallsBackToTheTitleElementThenTheFirstH1() {
        assertThat(readString("<title> The Title </title><h1>Heading</h1><p>Text.</p>", Format.HTML).only().title())
                .isEqualTo("The Title");
        assertThat(readString("<h1>Heading</h1><p>Text.</p>", Format.HTML).only().title()).isEqualTo("Heading");
        assertThat(readString("<p>Text.</p>", Format.HTML).only().title()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <meta property="og:published_time" content="2024-03-06">                          | 2024-03-06
            <meta name="date" content="2024-03-07 09:00:00">                                   | 2024-03-07
            <meta name="pubdate" content="2024-03-08T23:30:00-05:00">                         | 2024-03-08
            <meta name="DC.date" content="2024-03-09">                                        | 2024-03-09
            <meta itemprop="datePublished" content="2024-03-10">                              | 2024-03-10
            <span itemprop="datePublished">2024-03-11</span>                                  | 2024-03-11
            <time datetime="2024-03-12T10:00Z">Tuesday</time>                                 | 2024-03-12
            <meta name="date" content="last Tuesday"><time datetime="2024-03-13">x</time>     | 2024-03-13
            <meta name="date" content="2024-02-30">                                           | 2023-10-21
            <time>2024-03-14</time>                                                           | 2023-10-21
            """)
    void readsThePublicationDateFromWhereverThePageGivesIt(String markup, LocalDate expected) {
        assertThat(readString(markup + "<p>Text.</p>", Format.HTML).only().published()).isEqualTo(expected);
    }

    @Test
    void theArticleDateComesBeforeOtherDates() {
        String page = "<time datetime=\"2024-01-01\"></time><meta property=\"article:published_time\" content=\"2024-03-05\">"
                + "<p>Text.</p>";

        assertThat(readString(page, Format.HTML).only().published()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void urlFallsBackToTheCanonicalLink() {
        String page = "<link rel=\"canonical\" href=\"https://gazette.example/a\"><p>Text.</p>";

        Document document = readString(page, Format.HTML).only();
        assertThat(document.url()).isEqualTo("https://gazette.example/a");
        assertThat(document.outlet()).isNull();
        assertThat(document.published()).isEqualTo(FALLBACK);
    }

    @Test
    void aPageWithNoArticleTextIsOneProblem() {
        RecordingSink sink = readString("<html><nav><p>Home</p></nav><script>x()</script><p>&nbsp;</p></html>", Format.HTML);

        assertThat(sink.reads).isEmpty();
        assertThat(sink.problems).containsExactly(new InputProblem("<test>", "no article text found in the HTML"));
    }

    @Test
    void honoursAMetaCharsetDeclaration() {
        // "Привет" in windows-1251: valid UTF-8 it is not, and Windows-1252 would read it as "Ïðèâåò"
        byte[] page = concat("<meta charset=\"windows-1251\"><p>".getBytes(StandardCharsets.US_ASCII),
                bytes(0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2), "</p>".getBytes(StandardCharsets.US_ASCII));

        assertThat(readBytes(page, Format.HTML).only().text()).isEqualTo("\u041f\u0440\u0438\u0432\u0435\u0442");
    }

    @Test
    void honoursAnHttpEquivCharsetAndReadsLatin1AsWindows1252() {
        byte[] page = concat("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>5"
                .getBytes(StandardCharsets.US_ASCII), bytes(0x80), "</p>".getBytes(StandardCharsets.US_ASCII));

        assertThat(readBytes(page, Format.HTML).only().text()).isEqualTo("5\u20ac");
    }

    @Test
    void validUtf8IsUtf8WhateverThePageDeclares() {
        String page = "<meta charset=\"iso-8859-1\"><p>Caf\u00e9</p>";

        assertThat(readString(page, Format.HTML).only().text()).isEqualTo("Caf\u00e9");
    }

    @Test
    void ignoresADeclarationThatTheBytesDoNotFit() {
        // E9 is not UTF-8 here, nor is it Shift_JIS followed by '<'
        byte[] page = concat("<meta charset=\"shift_jis\"><p>Caf".getBytes(StandardCharsets.US_ASCII), bytes(0xE9),
                "</p>".getBytes(StandardCharsets.US_ASCII));

        assertThat(readBytes(page, Format.HTML).only().text()).isEqualTo("Caf\u00e9");
    }

    @Test
    void ignoresAnUnknownCharset() {
        assertThat(readString("<meta charset=\"no-such-charset\"><p>Caf\u00e9</p>", Format.HTML).only().text())
                .isEqualTo("Caf\u00e9");
    }
}
