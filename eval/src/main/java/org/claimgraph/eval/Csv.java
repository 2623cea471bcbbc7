package org.claimgraph.eval;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 writes them: fields separated by commas, records by CRLF or LF;
 * a field in double quotes may hold commas, line breaks and doubled quotes ({@code ""} is one
 * {@code "}). A quote inside an unquoted field is kept as a character, as most writers produce it.
 * A leading byte-order mark is dropped.
 *
 * <p>A malformed record is returned as a {@link Row} with a problem instead of fields, and reading
 * goes on with the next line: text after a closing quote ({@code "a"b,c}) skips the rest of its
 * line; a quoted field never closed runs to the end of the input, which is then one malformed row.
 *
 * <p>Reading is for this package (lifecycle: create over a reader, call {@link #next()} until it
 * returns null; the caller closes the reader; not thread-safe); writing a record is public and
 * stateless.
 */
public final class Csv {

    /**
     * One record of the input, or a malformed one.
     *
     * @param line    the line the record starts on, from 1
     * @param fields  the fields, unquoted; empty when the record is malformed
     * @param problem what is wrong with the record, or null when it is well formed
     */
    record Row(int line, List<String> fields, String problem) {

        Row {
            fields = List.copyOf(fields);
        }

        boolean malformed() {
            return problem != null;
        }

        /** An empty line: one empty field. */
        boolean blank() {
            return problem == null && fields.size() == 1 && fields.get(0).isEmpty();
        }
    }

    private static final int END = -1;

    private final Reader in;
    private int line = 1;
    private static final int NONE = Integer.MIN_VALUE;
    private int pending = NONE; // a raw character read ahead after a CR
    private int unread = NONE;  // a character given back after read()
    private boolean started;

    Csv(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. */
    Row next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == END) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                String problem = quoted(field);
                if (problem != null) {
                    return new Row(start, List.of(), problem);
                }
                c = read();
                if (c != ',' && c != '\n' && c != END) {
                    String after = restOfLine((char) c);
                    return new Row(start, List.of(), "text after the closing quote of field " + (fields.size() + 1)
                            + ": \"" + abbreviate(after) + "\" (a quote inside a quoted field is written \"\")");
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                c = read();
            } else if (c == '\n' || c == END) {
                fields.add(field.toString());
                return new Row(start, fields, null);
            } else {
                field.append((char) c);
                c = read();
            }
        }
    }

    /** Reads a quoted field after its opening quote, up to and including the closing quote. */
    private String quoted(StringBuilder field) throws IOException {
        int opened = line;
        while (true) {
            int c = read();
            if (c == END) {
                return "the quoted field opened on line " + opened + " is never closed (every line after it was "
                        + "read into it)";
            }
            if (c == '"') {
                int d = read();
                if (d == '"') {
                    field.append('"');
                    continue;
                }
                unread(d);
                return null;
            }
            field.append((char) c);
        }
    }

    private String restOfLine(char first) throws IOException {
        StringBuilder rest = new StringBuilder().append(first);
        int c;
        while ((c = read()) != '\n' && c != END) {
            rest.append((char) c);
        }
        return rest.toString();
    }

    /** The next character with line ends (CRLF, LF, CR) as one {@code '\n'}, counting lines. */
    private int read() throws IOException {
        if (unread != NONE) {
            int c = unread;
            unread = NONE;
            return c;
        }
        int c = raw();
        if (c == '\r') {
            int d = raw();
            if (d != '\n') {
                pending = d;
            }
            c = '\n';
        }
        if (c == '\n') {
            line++;
        }
        return c;
    }

    private int raw() throws IOException {
        if (pending != NONE) {
            int c = pending;
            pending = NONE;
            return c;
        }
        return in.read();
    }

    /** Gives back one character {@link #read()} returned; it is returned again, not counted twice. */
    private void unread(int c) {
        unread = c;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** One field as CSV writes it: quoted when it holds a comma, a quote, a line break or edge spaces. */
    public static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || !value.equals(value.strip());
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** One record as CSV writes it, without the line end: {@code record("a,b", "c")} is {@code "a,b",c}. */
    public static String record(String... values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(values[i]));
        }
        return b.toString();
    }
}
