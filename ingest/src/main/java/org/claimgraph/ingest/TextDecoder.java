package org.claimgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns an input's bytes into text: byte order marks, strict UTF-8, the Windows-1252 fallback, and
 * the check that the bytes are text at all. Stateless.
 */
final class TextDecoder {

    /** How much of an input is looked at to tell whether it is text, its format and its declared charset. */
    static final int HEAD_BYTES = 8 * 1024;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Text has next to no control characters; binary data that happens to hold no NUL has many. */
    private static final double MAX_CONTROL_SHARE = 0.3;

    private TextDecoder() {
    }

    /** The charset that a byte order mark at the start of some bytes declares, and the mark's length. */
    record Bom(Charset charset, int length) {

        /** The mark at the start of {@code bytes}; UTF-8 of length 0 when there is none. */
        static Bom of(byte[] bytes) {
            if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(bytes, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (startsWith(bytes, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return new Bom(StandardCharsets.UTF_8, 0);
        }

        private static boolean startsWith(byte[] bytes, int... mark) {
            if (bytes.length < mark.length) {
                return false;
            }
            for (int i = 0; i < mark.length; i++) {
                if ((bytes[i] & 0xFF) != mark[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The head of an input decoded leniently, without its byte order mark: enough to judge and sniff it. */
    static String headText(byte[] head) {
        Bom bom = Bom.of(head);
        return new String(head, bom.length(), head.length - bom.length(), bom.charset());
    }

    /** Whether the head of an input looks like binary data: a NUL, or mostly control characters. */
    static boolean looksBinary(String headText) {
        long controls = headText.chars()
                .filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f')
                .count();
        return headText.indexOf('\0') >= 0 || controls > headText.length() * MAX_CONTROL_SHARE;
    }

    /**
     * The text of a whole text or HTML input, without its byte order mark. The charset is the byte
     * order mark's if there is one; else UTF-8 if the bytes are valid UTF-8; else {@code declared}
     * (nullable) if they are valid in it; else Windows-1252 if they hold none of the five bytes it
     * leaves undefined, which Java's decoder reports as unmappable. Valid UTF-8 comes before a
     * declaration because pages that declare Latin-1 but are UTF-8 are common, while other text
     * that happens to be valid UTF-8 is vanishingly rare.
     */
    static String decode(byte[] bytes, Charset declared) throws BadInputException {
        Bom bom = Bom.of(bytes);
        if (bom.length() > 0) {
            Decoding marked = strict(bytes, bom.length(), bom.charset());
            if (marked.text() == null) {
                throw new BadInputException("cannot decode the text: not valid " + bom.charset()
                        + " although it starts with a " + bom.charset() + " byte order mark (first bad byte at offset "
                        + marked.badOffset() + ")");
            }
            return marked.text();
        }
        Decoding utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.text() != null) {
            return utf8.text();
        }
        for (Charset fallback : declared == null ? List.of(WINDOWS_1252) : List.of(declared, WINDOWS_1252)) {
            Decoding decoding = strict(bytes, 0, fallback);
            if (decoding.text() != null) {
                return decoding.text();
            }
        }
        throw new BadInputException("cannot decode the text: not UTF-8, UTF-16 or Windows-1252 (first bad byte at offset "
                + utf8.badOffset() + ")");
    }

    /** One line of a JSON Lines input, which has a single charset: UTF-8 unless a byte order mark said otherwise. */
    static String decodeLine(byte[] bytes, Charset charset) throws BadInputException {
        Decoding line = strict(bytes, 0, charset);
        if (line.text() == null) {
            throw new BadInputException("line is not valid " + charset + " (first bad byte at offset "
                    + line.badOffset() + " of the line)");
        }
        return line.text();
    }

    /** The decoded text, or null and the offset of the first byte the charset rejects. */
    private record Decoding(String text, int badOffset) {
    }

    private static Decoding strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // maxCharsPerByte is an upper bound, so the whole input always fits
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoding(null, in.position());
        }
        return new Decoding(out.flip().toString(), -1);
    }
}
