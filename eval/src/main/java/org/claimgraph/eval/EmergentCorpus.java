package org.claimgraph.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an Emergent stance file (Ferreira &amp; Vlachos, NAACL 2016): CSV with a header naming at least
 * {@code claimHeadline}, {@code articleHeadline}, {@code articleHeadlineStance} (for, against or
 * observing) and {@code articleId}, in any order, other columns ignored ({@code claimId} is kept).
 *
 * <p>A file that cannot be read or lacks a column is a {@link GoldDataException}. A bad row (malformed
 * CSV, the wrong number of fields, an empty id or headline, an unknown stance, an id seen before) is
 * one problem naming the file and line, and the row is skipped. Blank lines are ignored. Stateless.
 */
public final class EmergentCorpus {

    /** The columns a file must have. */
    static final List<String> REQUIRED = List.of("claimHeadline", "articleHeadline", "articleHeadlineStance",
            "articleId");

    /**
     * What a file holds.
     *
     * @param headlines the good rows, in file order
     * @param problems  one message per bad row, {@code file:line: problem}, in file order
     */
    public record Contents(List<EmergentHeadline> headlines, List<String> problems) {

        public Contents {
            headlines = List.copyOf(headlines);
            problems = List.copyOf(problems);
        }
    }

    private EmergentCorpus() {
    }

    /** Every good row of the file. */
    public static Contents read(Path file) throws GoldDataException {
        return read(file, Integer.MAX_VALUE);
    }

    /** The first {@code limit} good rows of the file, and the problems of the bad rows before them. */
    public static Contents read(Path file, int limit) throws GoldDataException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader, limit);
        } catch (NoSuchFileException e) {
            throw new GoldDataException(file.toString(), "no such file");
        } catch (CharacterCodingException e) {
            throw new GoldDataException(file.toString(), "not UTF-8 text");
        } catch (IOException e) {
            throw new GoldDataException(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads rows from {@code reader}; {@code name} is the file name used in messages. */
    static Contents read(String name, Reader reader, int limit) throws IOException, GoldDataException {
        Csv csv = new Csv(reader);
        Csv.Row header = csv.next();
        while (header != null && header.blank()) {
            header = csv.next();
        }
        if (header == null) {
            throw new GoldDataException(name, "empty file (expected a header naming the columns " + REQUIRED + ")");
        }
        if (header.malformed()) {
            throw new GoldDataException(name + ":" + header.line(), "the header is malformed CSV: " + header.problem());
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(header.fields().get(i).strip(), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new GoldDataException(name + ":" + header.line(), "no column \"" + required
                        + "\" in the header (found " + header.fields() + "; expected " + REQUIRED + ")");
            }
        }
        Integer claimIdColumn = columns.get("claimId");
        List<EmergentHeadline> headlines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Csv.Row row;
        while (headlines.size() < limit && (row = csv.next()) != null) {
            String where = name + ":" + row.line() + ": ";
            if (row.blank()) {
                continue;
            }
            if (row.malformed()) {
                problems.add(where + row.problem());
                continue;
            }
            if (row.fields().size() != header.fields().size()) {
                problems.add(where + row.fields().size() + " fields, the header has " + header.fields().size()
                        + " (a field with a comma must be in double quotes)");
                continue;
            }
            String id = row.fields().get(columns.get("articleId")).strip();
            String claim = row.fields().get(columns.get("claimHeadline")).strip();
            String headline = row.fields().get(columns.get("articleHeadline")).strip();
            String label = row.fields().get(columns.get("articleHeadlineStance"));
            if (id.isEmpty() || claim.isEmpty() || headline.isEmpty()) {
                problems.add(where + "empty " + (id.isEmpty() ? "articleId" : claim.isEmpty() ? "claimHeadline"
                        : "articleHeadline"));
                continue;
            }
            HeadlineStance stance = HeadlineStance.find(label).orElse(null);
            if (stance == null) {
                problems.add(where + "articleHeadlineStance is \"" + label + "\" (expected for, against or observing)");
                continue;
            }
            if (!ids.add(id)) {
                problems.add(where + "articleId " + id + " was seen on an earlier line");
                continue;
            }
            String claimId = claimIdColumn == null ? null : row.fields().get(claimIdColumn).strip();
            headlines.add(new EmergentHeadline(row.line(), id, claimId == null || claimId.isEmpty() ? null : claimId,
                    claim, headline, stance));
        }
        return new Contents(headlines, problems);
    }
}
