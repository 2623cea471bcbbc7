package org.claimgraph.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimgraph.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading PolNeAR JSON Lines: code-point offsets, absent and discontinuous spans, bad files. */
class PolnearCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Starts with a character outside the BMP, so code-point and UTF-16 offsets differ by one. */
    private static final String TEXT = "\uD83D\uDE42 Anna Berg said that the port would close. "
            + "“It is over,” she added, "
            + "“for good.” Officials believe it.";

    @TempDir
    Path dir;

    /** A span as PolNeAR writes it: code-point offsets of the first occurrence of the words. */
    private static ObjectNode span(String words) {
        int at = TEXT.indexOf(words);
        int start = TEXT.codePointCount(0, at);
        return JSON.createObjectNode().put("start", start).put("end", start + words.codePointCount(0, words.length()))
                .put("text", words);
    }

    private static ObjectNode attribution(String id, ObjectNode source, ObjectNode cue, ObjectNode content) {
        ObjectNode a = JSON.createObjectNode().put("id", id);
        a.set("source", source);
        a.set("cue", cue);
        a.set("content", content);
        return a;
    }

    private static ObjectNode article(String id, ObjectNode... attributions) {
        ObjectNode line = JSON.createObjectNode().put("id", id).put("publisher", "example-outlet")
                .put("publication_date", "2016-09-12").put("title", "A title").put("text", TEXT);
        ArrayNode list = line.putArray("attributions");
        for (ObjectNode a : attributions) {
            list.add(a);
        }
        return line;
    }

    private Path write(String... lines) throws IOException {
        return Files.writeString(dir.resolve("gold.jsonl"), String.join("\n", lines) + "\n");
    }

    private static String line(ObjectNode node) throws IOException {
        return JSON.writeValueAsString(node);
    }

    @Test
    void readsDocumentsAndSpansInUtf16Offsets() throws Exception {
        ObjectNode content = span("“It is over,” she added, “for good.”");
        ArrayNode fragments = content.putArray("fragments");
        fragments.add(span("“It is over,”"));
        fragments.add(span("“for good.”"));
        Path file = write(line(article("a1",
                attribution("E1", span("Anna Berg"), span("said"), span("that the port would close")),
                attribution("E2", span("she"), span("added"), content),
                attribution("E3", null, span("believe"), span("it")))));

        List<GoldArticle> articles = PolnearCorpus.read(file);

        assertThat(articles).hasSize(1);
        GoldArticle a = articles.get(0);
        assertThat(a.document().id()).isEqualTo("a1");
        assertThat(a.document().published()).isEqualTo(LocalDate.of(2016, 9, 12));
        assertThat(a.document().outlet()).isEqualTo("example-outlet");
        assertThat(a.document().text()).isEqualTo(TEXT);
        assertThat(a.attributions()).extracting(GoldAttribution::id).containsExactly("E1", "E2", "E3");
        Span source = a.attributions().get(0).source().cover();
        assertThat(source.start()).isEqualTo(TEXT.indexOf("Anna Berg"));
        assertThat(source.text()).isEqualTo("Anna Berg");
        GoldSpan quote = a.attributions().get(1).content();
        assertThat(quote.discontinuous()).isTrue();
        assertThat(quote.fragments()).extracting(Span::text).containsExactly("“It is over,”", "“for good.”");
        assertThat(a.attributions().get(2).source()).isNull();
        assertThat(a.attributions().get(2).cue().discontinuous()).isFalse();
    }

    @Test
    void readsEachDocumentsAnnotatorAndNullWhereNoneIsGiven() throws Exception {
        Path file = write(line(article("a1").put("annotator", "x7")), line(article("a2")));

        assertThat(PolnearCorpus.read(file)).extracting(GoldArticle::annotator).containsExactly("x7", null);
    }

    @Test
    void theLimitKeepsTheFirstArticles() throws Exception {
        Path file = write(line(article("a1")), line(article("a2")), line(article("a3")));

        assertThat(PolnearCorpus.read(file, 2)).extracting(g -> g.document().id()).containsExactly("a1", "a2");
    }

    @Test
    void aSpanWhoseTextIsNotThereIsAnErrorNamingLineAndAttribution() throws Exception {
        ObjectNode wrong = span("said").put("text", "says");
        Path file = write(line(article("a1")), line(article("a2", attribution("E7", null, wrong, span("it")))));

        assertThatThrownBy(() -> PolnearCorpus.read(file))
                .isInstanceOf(GoldDataException.class)
                .hasMessageContaining("gold.jsonl:2").hasMessageContaining("attribution E7")
                .hasMessageContaining("\"says\"").hasMessageContaining("\"said\"");
    }

    @Test
    void anIdOnTwoLinesIsAnError() throws Exception {
        Path file = write(line(article("a1")), line(article("a1")));

        assertThatThrownBy(() -> PolnearCorpus.read(file))
                .isInstanceOf(GoldDataException.class).hasMessageContaining("gold.jsonl:2")
                .hasMessageContaining("id a1 is on an earlier line too");
    }

    @Test
    void aSpanPastTheEndIsAnError() throws Exception {
        ObjectNode far = JSON.createObjectNode().put("start", 5).put("end", 5000);
        Path file = write(line(article("a1", attribution("E1", null, far, span("it")))));

        assertThatThrownBy(() -> PolnearCorpus.read(file))
                .isInstanceOf(GoldDataException.class).hasMessageContaining("does not fit");
    }

    @Test
    void badFilesAreErrorsNamingTheFileAndLine() throws Exception {
        assertThatThrownBy(() -> PolnearCorpus.read(dir.resolve("missing.jsonl"), 5))
                .isInstanceOf(GoldDataException.class).hasMessageContaining("missing.jsonl")
                .hasMessageContaining("no such file");

        Path notJson = write(line(article("a1")), "{not json");
        assertThatThrownBy(() -> PolnearCorpus.read(notJson, 5))
                .isInstanceOf(GoldDataException.class).hasMessageContaining("gold.jsonl:2");

        ObjectNode noList = article("a1");
        noList.remove("attributions");
        Path noAttributions = write(line(noList));
        assertThatThrownBy(() -> PolnearCorpus.read(noAttributions, 5))
                .isInstanceOf(GoldDataException.class).hasMessageContaining("\"attributions\"");
    }
}
