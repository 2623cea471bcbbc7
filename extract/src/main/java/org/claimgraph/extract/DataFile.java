package org.claimgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A tab-separated knowledge file of ours (cue lexicon, registry): lines starting with {@code #}
 * and blank lines are comments; every other line is a row with a fixed number of columns (or, where
 * the reader allows, a range: optional last columns).
 * Errors name the file and line, so a bad entry is found at start, not on some later article.
 */
public final class DataFile {

    /** One row and where it came from. */
    public record Row(String file, int line, List<String> columns) {

        public String column(int i) {
            return columns.get(i);
        }

        /** Column {@code i}, or "" when this row stops before it (an optional last column). */
        public String optional(int i) {
            return i < columns.size() ? columns.get(i) : "";
        }

        /** An error that names this row's file and line. */
        public IllegalStateException error(String problem) {
            return new IllegalStateException(file + ":" + line + ": " + problem);
        }
    }

    private DataFile() {
    }

    /** Reads a classpath resource next to {@code owner}; every row must have {@code columns} columns. */
    public static List<Row> read(Class<?> owner, String resource, int columns) {
        return read(owner, resource, columns, columns);
    }

    /** Reads a classpath resource next to {@code owner}; every row must have {@code min} to {@code max} columns. */
    public static List<Row> read(Class<?> owner, String resource, int min, int max) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file " + resource + " is missing from the classpath next to "
                    + owner.getName());
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(resource, reader, min, max);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + resource, e);
        }
    }

    /** Reads rows from {@code reader}; {@code name} is used in errors. */
    public static List<Row> read(String name, Reader reader, int columns) throws IOException {
        return read(name, reader, columns, columns);
    }

    /** Reads rows of {@code min} to {@code max} columns from {@code reader}, errors naming {@code name}. */
    public static List<Row> read(String name, Reader reader, int min, int max) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            Row row = new Row(name, number, cells.stream().map(String::strip).toList());
            if (cells.size() < min || cells.size() > max) {
                String expected = min == max ? String.valueOf(min) : min + " to " + max;
                throw row.error("expected " + expected + " tab-separated columns, found " + cells.size() + ": \"" + line + "\"");
            }
            rows.add(row);
        }
        return rows;
    }
}
