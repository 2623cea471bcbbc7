package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimgraph.model.Document;

/**
 * Reads JSON Lines, one document object a line, streaming: a bad line becomes a problem named
 * {@code input:LINE} and reading goes on with the next. A line is
 * <code>{"id", "text", "title", "url", "outlet", "published"}</code>, with {@code publisher} and
 * {@code publication_date} (as in the evaluation corpora) read as {@code outlet} and
 * {@code published}; only {@code text} is required, other fields are ignored. Thread-safe: holds
 * only the fallback date, and a Jackson mapper that is never reconfigured.
 */
final class JsonLinesReader {

    static final long MAX_LINE_BYTES = 10L * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where Jackson names the source inside a message: " (start marker at [Source: ...])". */
    private static final Pattern SOURCE_DUMP = Pattern.compile("\\s*\\(start marker at \\[Source:.*?]\\)");

    private final LocalDate fallbackDate;

    JsonLinesReader(LocalDate fallbackDate) {
        this.fallbackDate = fallbackDate;
    }

    /** Reads every line of {@code in} after its byte order mark; blank lines are skipped. */
    void read(String input, InputStream in, TextDecoder.Bom bom, DocumentSink sink)
            throws IOException, BadInputException {
        in.skipNBytes(bom.length());
        LineSplitter lines = new LineSplitter(in, bom.charset(), MAX_LINE_BYTES);
        boolean anyContent = false;
        for (LineSplitter.Line line = lines.next(); line != null; line = lines.next()) {
            String where = input + ":" + line.number();
            try {
                Optional<Document> document = document(line, bom.charset());
                if (document.isPresent()) {
                    anyContent = true;
                    sink.document(where, document.get());
                }
            } catch (BadInputException e) {
                anyContent = true;
                sink.problem(new InputProblem(where, e.getMessage()));
            }
        }
        if (!anyContent) {
            throw BadInputException.empty();
        }
    }

    /** The document of one line; empty for a blank line. */
    private Optional<Document> document(LineSplitter.Line line, Charset charset) throws BadInputException {
        if (line.bytes() == null) {
            throw BadInputException.tooLarge("line", line.size(), MAX_LINE_BYTES);
        }
        String json = TextDecoder.decodeLine(line.bytes(), charset);
        if (json.isBlank()) {
            return Optional.empty();
        }
        JsonNode object = parse(json);
        String text = text(object);
        Document document = Document.of(text, string(object, "title"), published(object).orElse(fallbackDate),
                string(object, "url"), string(object, "outlet", "publisher"));
        String id = id(object);
        return Optional.of(id == null ? document : new Document(id, document.url(), document.outlet(),
                document.title(), document.published(), document.language(), document.text()));
    }

    private static JsonNode parse(String json) throws BadInputException {
        JsonNode node;
        try (JsonParser parser = JSON.createParser(json)) {
            node = JSON.readTree(parser);
            if (parser.nextToken() != null) {
                throw new BadInputException("line holds more than one JSON value (expected one object a line)");
            }
        } catch (IOException e) { // reading a String, only bad JSON fails
            throw new BadInputException("line is not valid JSON: " + shortMessage(e));
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException("line is not a JSON object (expected {\"text\": \"...\", ...})");
        }
        return node;
    }

    /** The parser's message, lowercased, without source dumps, cut short, with the column. */
    private static String shortMessage(IOException e) {
        if (!(e instanceof JsonProcessingException json) || json.getOriginalMessage() == null) {
            return "malformed";
        }
        String message = BadInputException.abbreviate(SOURCE_DUMP.matcher(json.getOriginalMessage()).replaceAll("").strip());
        message = message.isEmpty() ? "malformed" : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
        JsonLocation location = json.getLocation();
        return location == null || location.getColumnNr() < 1 ? message : message + " at column " + location.getColumnNr();
    }

    private static String text(JsonNode object) throws BadInputException {
        JsonNode text = object.get("text");
        if (text == null || text.isNull()) {
            throw new BadInputException("line has no \"text\" field");
        }
        if (!text.isTextual()) {
            throw new BadInputException("\"text\" is not a string");
        }
        if (text.asText().isBlank()) {
            throw new BadInputException("\"text\" is empty");
        }
        return text.asText();
    }

    /** The given id, a string or a number; null when there is none, so the content hash is used. */
    private static String id(JsonNode object) throws BadInputException {
        JsonNode id = object.get("id");
        if (id == null || id.isNull()) {
            return null;
        }
        if (!id.isTextual() && !id.isNumber()) {
            throw new BadInputException("\"id\" is not a string or a number");
        }
        return id.asText().isBlank() ? null : id.asText();
    }

    private static Optional<LocalDate> published(JsonNode object) throws BadInputException {
        for (String name : List.of("published", "publication_date")) {
            JsonNode value = object.get(name);
            if (value != null && !value.isNull()) {
                String date = value.isTextual() ? value.asText() : value.toString();
                return Optional.of(IsoDates.parse(date).orElseThrow(() -> new BadInputException(
                        "\"" + name + "\" is not a date: '" + BadInputException.abbreviate(date) + "' (expected YYYY-MM-DD)")));
            }
        }
        return Optional.empty();
    }

    /** The first of the named fields that has a value, as stripped text; null when none has. */
    private static String string(JsonNode object, String... names) throws BadInputException {
        for (String name : names) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isValueNode()) {
                throw new BadInputException("\"" + name + "\" is not a string");
            }
            if (!value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }
}
