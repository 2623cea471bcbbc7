package org.claimgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Small helpers that feed test inputs to a reader. */
final class Inputs {

    static final LocalDate FALLBACK = LocalDate.of(2023, 10, 21);

    private Inputs() {
    }

    /** What a reader with the {@link #FALLBACK} date makes of a file. */
    static RecordingSink readFile(Path path) {
        RecordingSink sink = new RecordingSink();
        new DocumentReader(FALLBACK).read(path.toString(), sink);
        return sink;
    }

    /** What a reader with the {@link #FALLBACK} date makes of some bytes in a format (null: sniffed). */
    static RecordingSink readBytes(byte[] bytes, Format format) {
        RecordingSink sink = new RecordingSink();
        new DocumentReader(FALLBACK).read("<test>", new ByteArrayInputStream(bytes), format, sink);
        return sink;
    }

    static RecordingSink readString(String text, Format format) {
        return readBytes(text.getBytes(StandardCharsets.UTF_8), format);
    }

    /** A file of this directory, written with these bytes. */
    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A test resource of this package as a file path. */
    static Path resource(String name) {
        try {
            return Path.of(Inputs.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes from unsigned values, for inputs that are not valid text. */
    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
