package org.claimgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a model file in CoreNLP's text format cell by cell: lines of space-separated cells, most
 * of them decimal numbers. Works on bytes, without a {@code String} per line or per cell.
 *
 * <p>A number with four decimals and at most two integer digits, as CoreNLP writes every
 * weight ({@code -0.0291}), is computed as {@code (float) (n / 1e4)}, which equals
 * {@link Float#parseFloat} for every such value (a test checks them all); any other form goes
 * through {@code Float.parseFloat}.
 */
final class ModelText {

    private final InputStream in;
    private final String resource;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int line = 1;

    ModelText(InputStream in, String resource) {
        this.in = in;
        this.resource = resource;
    }

    /** The rest of the current line, and moves to the next; null at the end of the file. */
    String line() throws IOException {
        if (!fill()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        while (fill() && buffer[position] != '\n') {
            text.append((char) (buffer[position++] & 0xff));
        }
        endLine();
        return text.toString().strip();
    }

    /** The next cell of the current line, as text. */
    String word() throws IOException {
        int length = cellLength();
        return new String(buffer, position - length, length, StandardCharsets.UTF_8);
    }

    /** The next cell of the current line, as a number. */
    float number() throws IOException {
        int length = cellLength();
        int start = position - length;
        int i = start;
        boolean negative = buffer[i] == '-';
        if (negative) {
            i++;
        }
        long digits = 0;
        int integerDigits = 0;
        while (i < position && isDigit(buffer[i]) && integerDigits < 3) {
            digits = digits * 10 + (buffer[i++] - '0');
            integerDigits++;
        }
        if (integerDigits > 0 && integerDigits < 3 && position - i == 5 && buffer[i] == '.'
                && isDigit(buffer[i + 1]) && isDigit(buffer[i + 2]) && isDigit(buffer[i + 3]) && isDigit(buffer[i + 4])) {
            for (int k = i + 1; k < position; k++) {
                digits = digits * 10 + (buffer[k] - '0');
            }
            double value = digits / 1e4;
            return (float) (negative ? -value : value);
        }
        String cell = new String(buffer, start, length, StandardCharsets.US_ASCII);
        try {
            return Float.parseFloat(cell);
        } catch (NumberFormatException e) {
            throw error("'" + cell + "' is not a number");
        }
    }

    /** The next cell of the current line, as a whole number. */
    int integer() throws IOException {
        int length = cellLength();
        String cell = new String(buffer, position - length, length, StandardCharsets.US_ASCII);
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw error("'" + cell + "' is not a whole number");
        }
    }

    /** Whether the current line has another cell. */
    boolean moreOnLine() throws IOException {
        skipSpaces();
        return fill() && buffer[position] != '\n' && buffer[position] != '\r';
    }

    /** Moves past the end of the current line, which must hold no more cells. */
    void endLine() throws IOException {
        if (moreOnLine()) {
            throw error("more values than expected");
        }
        if (fill() && buffer[position] == '\r') {
            position++;
        }
        if (fill() && buffer[position] == '\n') {
            position++;
        }
        line++;
    }

    IllegalStateException error(String problem) {
        return new IllegalStateException("parser model " + resource + ", line " + line + ": " + problem);
    }

    /**
     * Moves past the next cell and gives its length; the cell is then the bytes just before
     * {@code position}, kept whole in the buffer.
     */
    private int cellLength() throws IOException {
        if (!moreOnLine()) {
            throw error("fewer values than expected");
        }
        int start = position;
        while (true) {
            while (position < limit && !isDelimiter(buffer[position])) {
                position++;
            }
            int length = position - start;
            if (position < limit) {
                return length;
            }
            if (start == 0 && limit == buffer.length) {
                throw error("a value longer than " + buffer.length + " bytes");
            }
            position = start; // the cell reaches the end of the bytes read: move it to the front, read more
            compact();
            start = 0;
            position = length;
            if (position == limit) {
                return length; // the end of the file
            }
        }
    }

    private void skipSpaces() throws IOException {
        while (fill() && buffer[position] == ' ') {
            position++;
        }
    }

    /** Whether a byte is available at {@code position}, reading more when the buffer is used up. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        position = 0;
        limit = 0;
        return readMore();
    }

    /** Moves the unread bytes to the start of the buffer and reads more after them. */
    private void compact() throws IOException {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < buffer.length && readMore()) {
            // until full or the end of the file
        }
    }

    private boolean readMore() throws IOException {
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n <= 0) {
            return false;
        }
        limit += n;
        return true;
    }

    private static boolean isDelimiter(byte b) {
        return b == ' ' || b == '\n' || b == '\r';
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
