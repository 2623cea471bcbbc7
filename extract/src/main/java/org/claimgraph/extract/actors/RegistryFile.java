package org.claimgraph.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One registry data file split into numbered lines of tab-separated columns, with the checks every
 * file shares: a {@code #} header first, then one entry per line with exactly the expected columns;
 * {@code #} lines and blank lines are skipped. Errors name the file, the line and the offending value.
 */
final class RegistryFile {

    /** One entry line: its 1-based number in the file and its columns. */
    record Line(int number, List<String> columns) {
    }

    /** The value of a list column that means "none". */
    static final String NONE = "-";
    /** Separates alternatives within a column. */
    static final String ALTERNATIVES = "|";

    private final String name;
    private final List<String> columnNames;
    private final List<Line> lines;

    private RegistryFile(String name, List<String> columnNames, List<Line> lines) {
        this.name = name;
        this.columnNames = columnNames;
        this.lines = lines;
    }

    /**
     * Reads a whole file; the reader is not closed.
     *
     * @param name        the file's name, used in every error message
     * @param columnNames the expected columns, in order
     * @throws IllegalStateException if the file has no header or a line has the wrong number of columns
     */
    static RegistryFile read(String name, Reader reader, List<String> columnNames) {
        List<Line> lines = new ArrayList<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        int number = 0;
        try {
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (number == 1 && !text.startsWith("#")) {
                    throw new IllegalStateException(name + ":1: a registry file must open with '#' header lines"
                            + " saying what a line means and what each column holds; found '" + text + "'");
                }
                if (text.startsWith("#") || text.isBlank()) {
                    continue;
                }
                List<String> columns = Arrays.asList(text.split("\t", -1));
                if (columns.size() != columnNames.size()) {
                    throw new IllegalStateException(name + ":" + number + ": expected " + columnNames.size()
                            + " tab-separated columns " + columnNames + ", found " + columns.size() + " in '"
                            + text.replace("\t", "\\t") + "'");
                }
                lines.add(new Line(number, List.copyOf(columns)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " after line " + number + ": " + e.getMessage(), e);
        }
        if (number == 0) {
            throw new IllegalStateException(name + ": the file is empty");
        }
        return new RegistryFile(name, List.copyOf(columnNames), List.copyOf(lines));
    }

    String name() {
        return name;
    }

    List<Line> lines() {
        return lines;
    }

    /** {@code file:line}, for messages. */
    String where(Line line) {
        return name + ":" + line.number();
    }

    /** An error about one line, to be thrown by the caller. */
    IllegalStateException error(Line line, String message) {
        return new IllegalStateException(where(line) + ": " + message);
    }

    /** A single-valued column: not empty, not "-", no surrounding space, no "|". */
    String value(Line line, int column) {
        String value = line.columns().get(column);
        checkText(line, column, value);
        if (value.contains(ALTERNATIVES)) {
            throw error(line, "column " + describe(column) + " takes one value, found '" + value + "'");
        }
        return value;
    }

    /** A column of "|"-separated alternatives, at least one, each checked like {@link #value}. */
    List<String> alternatives(Line line, int column) {
        String value = line.columns().get(column);
        List<String> result = new ArrayList<>();
        for (String alternative : value.split("\\|", -1)) {
            checkText(line, column, alternative);
            result.add(alternative);
        }
        return List.copyOf(result);
    }

    /** Like {@link #alternatives}, but "-" alone means none. */
    List<String> optionalAlternatives(Line line, int column) {
        return NONE.equals(line.columns().get(column)) ? List.of() : alternatives(line, column);
    }

    /** A column naming one constant of {@code type}, restricted to {@code allowed}. */
    <E extends Enum<E>> E constant(Line line, int column, Class<E> type, List<E> allowed) {
        String value = value(line, column);
        for (E constant : allowed) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw error(line, "unknown " + columnNames.get(column) + " '" + value + "' in column " + describe(column)
                + "; expected one of " + allowed);
    }

    String describe(int column) {
        return (column + 1) + " (" + columnNames.get(column) + ")";
    }

    private void checkText(Line line, int column, String value) {
        if (value.isEmpty()) {
            throw error(line, "empty value in column " + describe(column)
                    + (column == 0 ? "" : "; write '-' for none where the column allows it"));
        }
        if (NONE.equals(value)) {
            throw error(line, "'-' in column " + describe(column) + " where a value is required");
        }
        if (!value.equals(value.strip()) || value.contains("  ")) {
            throw error(line, "stray space in '" + value + "' in column " + describe(column));
        }
    }
}
