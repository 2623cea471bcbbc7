package org.claimgraph.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files written at test time with jwarc's own writer, with invented pages. */
final class WarcFixtures {

    static final Instant CAPTURED = Instant.parse("2024-06-02T23:30:00Z");

    private WarcFixtures() {
    }

    /** A captured 200 response of the given content type. */
    static WarcResponse response(String uri, MediaType type, byte[] body) {
        try {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body).build();
            return new WarcResponse.Builder(URI.create(uri)).date(CAPTURED).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A captured HTML page whose article is the given paragraphs. */
    static WarcResponse page(String uri, String... paragraphs) {
        StringBuilder html = new StringBuilder("<html><head><title>Page</title></head><body><article>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>");
        }
        return response(uri, MediaType.HTML_UTF8, html.append("</article></body></html>").toString().getBytes(UTF_8));
    }

    static WarcRequest request(String uri) {
        try {
            HttpRequest http = new HttpRequest.Builder("GET", URI.create(uri).getRawPath()).build();
            return new WarcRequest.Builder(URI.create(uri)).date(CAPTURED).body(http).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the records to a file, gzipping each on its own as crawlers do when asked to; returns
     * the byte offset at which each record starts, and then the file's length.
     */
    static List<Long> write(Path file, WarcCompression compression, WarcRecord... records) {
        List<Long> offsets = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            for (WarcRecord record : records) {
                offsets.add(writer.position());
                writer.write(record);
            }
            offsets.add(writer.position());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return offsets;
    }
}
