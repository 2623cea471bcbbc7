package org.claimgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimgraph.model.Document;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the PLOVER gold file: a JSON array of records
 * <code>{"id", "date", "text", "source": [{"actorText", "code", "sector"?}], "target": [...], ...}</code>.
 * Records without text (the DOCUMENT header) are skipped; a {@code source} or {@code target} that is
 * not a list (a few are {@code ""}) holds no actors. The record's id is the document id, its date the
 * publication date. Stateless.
 */
public final class PloverCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PloverCorpus() {
    }

    /** Every record with text, in file order. */
    public static List<PloverRecord> read(Path file) throws GoldDataException {
        return read(file, Integer.MAX_VALUE);
    }

    /** The first {@code limit} records with text, in file order. */
    public static List<PloverRecord> read(Path file, int limit) throws GoldDataException {
        JsonNode root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = JSON.readTree(reader);
        } catch (NoSuchFileException e) {
            throw new GoldDataException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new GoldDataException(file.toString(), "cannot read the file as JSON: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw new GoldDataException(file.toString(), "not a JSON array of records");
        }
        List<PloverRecord> records = new ArrayList<>();
        for (JsonNode node : root) {
            if (records.size() >= limit) {
                break;
            }
            if (node.path("text").isTextual() && !node.get("text").asText().isBlank()) {
                records.add(record(node, file + ": record " + node.path("id").asText("#" + (records.size() + 1))));
            }
        }
        return records;
    }

    private static PloverRecord record(JsonNode node, String where) throws GoldDataException {
        String id = node.path("id").asText();
        if (id.isBlank()) {
            throw new GoldDataException(where, "record has no \"id\"");
        }
        String text = node.get("text").asText();
        LocalDate date = null;
        if (node.path("date").isTextual()) {
            try {
                date = LocalDate.parse(node.get("date").asText());
            } catch (DateTimeParseException e) {
                throw new GoldDataException(where, "\"date\" is not YYYY-MM-DD: " + node.get("date"));
            }
        }
        List<GoldActor> actors = new ArrayList<>();
        for (String role : List.of("source", "target")) {
            JsonNode list = node.path(role);
            if (!list.isArray()) {
                continue;
            }
            for (JsonNode actor : list) {
                if (!actor.path("actorText").isTextual() || !actor.path("code").isTextual()) {
                    throw new GoldDataException(where, role + " actor without \"actorText\" and \"code\": " + actor);
                }
                String sector = actor.path("sector").asText("");
                actors.add(new GoldActor(actor.get("actorText").asText(), actor.get("code").asText(),
                        sector.isBlank() ? null : sector));
            }
        }
        return new PloverRecord(new Document(id, null, null, null, date, "en", text), actors,
                node.path("event").asText(""));
    }
}
