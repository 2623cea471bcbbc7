package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.ingest.DocumentReader;
import org.claimgraph.ingest.InputProblem;
import org.claimgraph.model.Document;
import org.claimgraph.model.Span;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PolNeAR JSON Lines file: one article a line,
 * <code>{"id", "publisher", "publication_date", "title", "text", "attributions": [{"source", "cue",
 * "content"}, ...]}</code>, each span <code>{"start", "end", "text"[, "fragments"]}</code> or null,
 * offsets in Unicode code points. Stateless.
 *
 * <p>The documents come from ingest's reader (which also names a missing file or a bad line), so an
 * evaluation analyses exactly what {@code claimgraph analyze dev.jsonl} analyses: the line's id as
 * document id, its publication date. The attributions come from a second pass over the file, their
 * offsets turned into UTF-16 indices and every span's text checked against the document's.
 */
public final class PolnearCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolnearCorpus() {
    }

    /** Every article of the file, in file order. */
    public static List<GoldArticle> read(Path file) throws GoldDataException {
        return read(file, Integer.MAX_VALUE);
    }

    /** The first {@code limit} articles of the file, in file order. */
    public static List<GoldArticle> read(Path file, int limit) throws GoldDataException {
        List<Document> documents = documents(file, limit);
        Map<String, GoldLine> lines = goldLines(file, limit);
        List<GoldArticle> articles = new ArrayList<>();
        for (Document document : documents) {
            GoldLine gold = lines.get(document.id());
            if (gold == null) {
                throw new GoldDataException(file.toString(), "document " + document.id() + " has no attributions");
            }
            articles.add(new GoldArticle(document, gold.annotator(), gold.attributions()));
        }
        return articles;
    }

    private static List<Document> documents(Path file, int limit) throws GoldDataException {
        List<InputProblem> problems = new ArrayList<>();
        List<Document> documents = new DocumentReader(null).readFirst(file.toString(), limit, problems::add);
        if (!problems.isEmpty()) {
            InputProblem first = problems.get(0);
            throw new GoldDataException(first.input(), first.problem());
        }
        return documents;
    }

    /** What a line gives besides the document: its annotator (null if none) and gold attributions. */
    private record GoldLine(String annotator, List<GoldAttribution> attributions) {
    }

    /** The annotator and gold attributions of each document id, for the first {@code limit} lines with content. */
    private static Map<String, GoldLine> goldLines(Path file, int limit) throws GoldDataException {
        Map<String, GoldLine> byId = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<JsonNode> lines = JSON.readerFor(JsonNode.class).readValues(reader)) {
            while (byId.size() < limit && lines.hasNextValue()) {
                JsonNode line = lines.nextValue();
                String where = file + ":" + lines.getCurrentLocation().getLineNr();
                String id = line.path("id").asText();
                if (id.isBlank()) {
                    throw new GoldDataException(where, "line has no \"id\"");
                }
                if (byId.containsKey(id)) {
                    throw new GoldDataException(where, "id " + id + " is on an earlier line too");
                }
                String annotator = line.path("annotator").asText("");
                byId.put(id, new GoldLine(annotator.isBlank() ? null : annotator, attributions(line, where)));
            }
        } catch (IOException e) {
            throw new GoldDataException(file.toString(), "not JSON Lines: " + e.getMessage());
        }
        return byId;
    }

    private static List<GoldAttribution> attributions(JsonNode line, String where) throws GoldDataException {
        String text = line.path("text").asText();
        JsonNode list = line.get("attributions");
        if (list == null || !list.isArray()) {
            throw new GoldDataException(where, "\"attributions\" is missing or not an array");
        }
        List<GoldAttribution> attributions = new ArrayList<>();
        for (JsonNode a : list) {
            String id = a.path("id").asText("#" + (attributions.size() + 1));
            String at = where + ": attribution " + id;
            attributions.add(new GoldAttribution(id, span(text, a.get("source"), at), span(text, a.get("cue"), at),
                    span(text, a.get("content"), at)));
        }
        return attributions;
    }

    private static GoldSpan span(String text, JsonNode span, String where) throws GoldDataException {
        if (span == null || span.isNull()) {
            return null;
        }
        Span cover = piece(text, span, where);
        List<Span> fragments = new ArrayList<>();
        for (JsonNode fragment : span.path("fragments")) {
            fragments.add(piece(text, fragment, where));
        }
        try {
            return new GoldSpan(cover, fragments);
        } catch (IllegalArgumentException e) {
            throw new GoldDataException(where, e.getMessage());
        }
    }

    /** One continuous span, its code-point offsets turned into UTF-16 indices and its text checked. */
    private static Span piece(String text, JsonNode span, String where) throws GoldDataException {
        if (!span.path("start").canConvertToInt() || !span.path("end").canConvertToInt()) {
            throw new GoldDataException(where, "span without integer \"start\" and \"end\": " + span);
        }
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        Span result;
        try {
            result = Span.of(text, text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new GoldDataException(where, "span [" + start + ", " + end + ") does not fit a text of "
                    + text.codePointCount(0, text.length()) + " code points");
        }
        if (span.has("text") && !span.get("text").asText().equals(result.text())) {
            throw new GoldDataException(where, "span [" + start + ", " + end + ") says \"" + span.get("text").asText()
                    + "\" but the text there is \"" + result.text() + "\"");
        }
        return result;
    }
}
