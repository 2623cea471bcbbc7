package org.claimgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at each newline of its charset (one byte in UTF-8, two in
 * UTF-16) without decoding them, so a line that cannot be decoded or is too long is one bad line
 * and reading goes on after it. Holds at most one buffer and {@code maxLineBytes} of a line in
 * memory. Not thread-safe: one splitter per stream.
 */
final class LineSplitter {

    /**
     * One line.
     *
     * @param number 1-based
     * @param bytes  the line without its newline; null when it is longer than the limit
     * @param size   the line's length in bytes
     */
    record Line(long number, byte[] bytes, long size) {
    }

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final byte[] newline;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private long number;

    LineSplitter(InputStream in, Charset charset, long maxLineBytes) {
        this.in = in;
        this.newline = "\n".getBytes(charset);
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the input. A last line need not end with a newline. */
    Line next() throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long size = 0;
        boolean started = false;
        while (fill()) {
            started = true;
            int wholeUnits = limit - (limit - position) % newline.length;
            int newlineAt = indexOfNewline(wholeUnits);
            int stop = newlineAt < 0 ? wholeUnits : newlineAt;
            size = keep(kept, size, stop);
            if (newlineAt >= 0) {
                position += newline.length;
                return line(kept, size);
            }
        }
        if (position < limit) { // an incomplete last character: keep it, so decoding reports it
            size = keep(kept, size, limit);
            started = true;
        }
        return started ? line(kept, size) : null;
    }

    /** Adds the buffer up to {@code stop} to the line, keeping its bytes only while it is within the limit. */
    private long keep(ByteArrayOutputStream kept, long size, int stop) {
        long newSize = size + stop - position;
        if (newSize <= maxLineBytes) {
            kept.write(buffer, position, stop - position);
        }
        position = stop;
        return newSize;
    }

    private Line line(ByteArrayOutputStream kept, long size) {
        return new Line(++number, size > maxLineBytes ? null : kept.toByteArray(), size);
    }

    /** The offset of the first newline between the position and {@code end}, checking whole characters only. */
    private int indexOfNewline(int end) {
        for (int i = position; i < end; i += newline.length) {
            if (buffer[i] == newline[0] && Arrays.equals(buffer, i, i + newline.length, newline, 0, newline.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Makes at least one whole newline-sized unit available; false at the end of the input. */
    private boolean fill() throws IOException {
        if (limit - position >= newline.length) {
            return true;
        }
        int rest = limit - position;
        System.arraycopy(buffer, position, buffer, 0, rest);
        position = 0;
        limit = rest;
        while (limit < newline.length) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }
}
