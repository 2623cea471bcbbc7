package org.claimgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How many documents a list of inputs holds, when that is cheap to know: one per text or HTML
 * file, one per non-blank line of a JSON Lines file, summed over folders. Feeds, WARC files and
 * stdin make it unknown. Only for progress estimates: the reader decides what is a document.
 */
final class ExpectedDocuments {

    static final int UNKNOWN = -1;

    private ExpectedDocuments() {
    }

    static int count(List<String> inputs) {
        long total = 0;
        try {
            for (String input : inputs) {
                if (input.equals("-")) {
                    return UNKNOWN;
                }
                Path path = Path.of(input);
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.walk(path)) {
                        for (Path file : files.filter(Files::isRegularFile).filter(p -> !hidden(path, p)).toList()) {
                            long n = inFile(file, true);
                            if (n == UNKNOWN) {
                                return UNKNOWN;
                            }
                            total += n;
                        }
                    }
                } else {
                    long n = inFile(path, false);
                    if (n == UNKNOWN) {
                        return UNKNOWN;
                    }
                    total += n;
                }
            }
        } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
            return UNKNOWN; // the reader will report the input properly
        }
        return (int) Math.min(Integer.MAX_VALUE, total);
    }

    /** Documents in one file; in a folder, files of other types are skipped and count zero. */
    private static long inFile(Path file, boolean inFolder) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        switch (extension) {
            case "txt", "text", "html", "htm":
                return 1;
            case "jsonl", "ndjson":
                try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                    return lines.lines().filter(line -> !line.isBlank()).count();
                }
            default:
                return inFolder && !List.of("rss", "atom", "xml", "warc", "gz").contains(extension) ? 0 : UNKNOWN;
        }
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
