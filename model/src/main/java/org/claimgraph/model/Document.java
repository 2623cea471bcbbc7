package org.claimgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One news article as read from its input. {@code id} is a hash of the normalised text, so the
 * same article read twice has the same id. Everything but {@code id} and {@code text} may be null.
 */
public record Document(String id, String url, String outlet, String title, LocalDate published,
                       String language, String text) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** A document whose id is the content hash of {@code text}. */
    public static Document of(String text, String title, LocalDate published, String url, String outlet) {
        return new Document(contentId(text), url, outlet, title, published, "en", text);
    }

    /** The same document with another publication date. */
    public Document withPublished(LocalDate date) {
        return new Document(id, url, outlet, title, date, language, text);
    }

    /**
     * The first 16 hex digits of the SHA-256 of the text after Unicode NFC normalisation and
     * whitespace collapsing: stable across line-ending and spacing differences.
     */
    public static String contentId(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\p{Z}]+", " ").strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
