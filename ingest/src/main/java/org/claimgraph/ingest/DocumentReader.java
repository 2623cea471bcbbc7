package org.claimgraph.ingest;

import org.claimgraph.model.Document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads an input named on the command line into {@link Document}s: a file whose {@link Format} its
 * extension gives (text, HTML, JSON Lines, an RSS or Atom feed, a WARC web archive), a directory of
 * such files, or {@code -} for standard input, whose format is guessed from its first bytes. Bad
 * input never throws: each bad file, or bad line, feed entry or archive record, becomes one
 * {@link InputProblem} for the sink, and the other documents still come out.
 *
 * <p>What the sink is told each document came from: the file's path; {@code path:LINE} for a line
 * of JSON Lines; {@code path:entry N} for the Nth entry of a feed; {@code path:record N} for the
 * Nth record of a WARC (counting the records skipped).
 *
 * <p>A directory is walked depth first, each directory's entries in order of their names, so that
 * {@code a/z.txt} comes before {@code b.txt}. Every file with a supported extension is read; other
 * files, and files and directories whose names start with {@code .}, are skipped without a
 * problem; links to directories are not followed, so a walk cannot loop. A subdirectory that
 * cannot be listed is one problem and the walk goes on.
 *
 * <p>Limits: a text, HTML or feed input of at most 50 MB, a JSON Lines line of at most 10 MB, a
 * WARC record of at most 50 MB; JSON Lines and WARC inputs are streamed, so they may be of any
 * size. Encoding: a UTF-8 or UTF-16 byte order mark is honoured; else valid UTF-8 is read as UTF-8;
 * else an HTML page's HTTP header (in a WARC) or {@code <meta charset>} declaration is honoured;
 * else text and HTML are read as Windows-1252 when they are valid in it. Feeds are decoded as
 * their XML declaration says. See {@link WebArchiveReader} for which WARC records give documents
 * and where their dates come from, and {@link FeedReader} for feed entries.
 *
 * <p>Thread-safe: immutable, so one reader may serve many threads at once. It calls the sink on
 * the thread that called {@code read}, and never closes a stream it did not open.
 *
 * <pre>{@code
 * DocumentReader reader = new DocumentReader(LocalDate.of(2023, 10, 21));
 * reader.read("article.html", sink);   // sink.document("article.html", ...) or sink.problem(...)
 * }</pre>
 */
public final class DocumentReader {

    static final long MAX_DOCUMENT_BYTES = 50L * 1024 * 1024;

    private static final String STDIN = "-";
    private static final String STDIN_NAME = "<stdin>";
    private static final int BUFFER_BYTES = 64 * 1024;

    private final LocalDate fallbackDate;
    private final HtmlExtractor html;
    private final JsonLinesReader jsonLines;
    private final FeedReader feeds;
    private final WebArchiveReader webArchives;

    /** @param fallbackDate the publication date of documents whose input gives none; may be null */
    public DocumentReader(LocalDate fallbackDate) {
        this.fallbackDate = fallbackDate;
        this.html = new HtmlExtractor(fallbackDate);
        this.jsonLines = new JsonLinesReader(fallbackDate);
        this.feeds = new FeedReader(html, fallbackDate);
        this.webArchives = new WebArchiveReader(html);
    }

    /**
     * The first {@code limit} documents of one input, in order; each problem before the last of
     * them goes to {@code problems} and the reading goes on. Reading stops there: the first 200
     * articles of a large corpus cost the reading of 200 (for evaluation and benchmarks).
     */
    public List<Document> readFirst(String input, int limit, Consumer<InputProblem> problems) {
        List<Document> documents = new ArrayList<>();
        if (limit <= 0) {
            return documents;
        }
        try {
            read(input, new DocumentSink() {
                @Override
                public void document(String name, Document document) {
                    documents.add(document);
                    if (documents.size() == limit) {
                        throw new Enough();
                    }
                }

                @Override
                public void problem(InputProblem problem) {
                    problems.accept(problem);
                }
            });
        } catch (Enough e) {
            // the input holds more documents than asked for
        }
        return documents;
    }

    /** Thrown by {@link #readFirst}'s sink to stop the reading at the limit: nothing in between catches it. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /**
     * Reads one input: a file path, a directory to walk, or {@code -} for standard input (named
     * {@code <stdin>} in what the sink gets). Returns normally whatever the input holds.
     */
    public void read(String input, DocumentSink sink) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sink, "sink");
        if (input.equals(STDIN)) {
            read(STDIN_NAME, System.in, null, sink);
            return;
        }
        reporting(input, sink, () -> {
            Path path = path(input);
            if (!Files.exists(path)) {
                throw new BadInputException("no such file");
            }
            if (Files.isDirectory(path)) {
                readDirectory(path, sink);
            } else {
                readFile(input, path, formatOf(path), sink);
            }
        });
    }

    /**
     * Reads one input from a stream, which is left open.
     *
     * @param inputName what the sink is told the input is called
     * @param format    the input's format, or null to guess it as for standard input: the gzip magic
     *                  number or {@code WARC/} for a WARC, <code>{</code> for JSON Lines, an XML root
     *                  {@code rss}, {@code feed} or {@code RDF} for a feed, another {@code <} for
     *                  HTML, else text
     */
    public void read(String inputName, InputStream in, Format format, DocumentSink sink) {
        Objects.requireNonNull(inputName, "inputName");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        reporting(inputName, sink, () -> readStream(inputName, in, format, sink));
    }

    /** Work on one input that may find it bad. */
    @FunctionalInterface
    private interface Reading {
        void run() throws IOException, BadInputException;
    }

    /** Runs the reading and turns bad input and failed reads into one problem for the sink. */
    private static void reporting(String input, DocumentSink sink, Reading reading) {
        try {
            reading.run();
        } catch (BadInputException e) {
            sink.problem(new InputProblem(input, e.getMessage()));
        } catch (IOException e) {
            sink.problem(new InputProblem(input, cannotRead(e)));
        }
    }

    /** Reads every file of a directory tree that has a supported extension, as the class comment says. */
    private void readDirectory(Path root, DocumentSink sink) throws BadInputException {
        int[] files = {0};
        boolean listed = DirectoryWalk.walk(root, new DirectoryWalk.Visitor() {
            @Override
            public void file(Path file) {
                Optional<Format> format = Format.forFileName(file.getFileName().toString());
                if (format.isPresent()) {
                    files[0]++;
                    String input = file.toString();
                    reporting(input, sink, () -> readFile(input, file, format.get(), sink));
                }
            }

            @Override
            public void problem(Path directory, String problem) {
                sink.problem(new InputProblem(directory.toString(), problem));
            }
        });
        if (listed && files[0] == 0) {
            throw new BadInputException("directory holds no file to read " + Format.EXPECTED);
        }
    }

    private void readFile(String input, Path path, Format format, DocumentSink sink)
            throws IOException, BadInputException {
        if (!Files.exists(path)) { // a link to nothing, in a directory
            throw new BadInputException("no such file");
        }
        if (!Files.isReadable(path)) {
            throw new BadInputException("cannot read the file: permission denied");
        }
        long size = Files.size(path);
        if (format != Format.JSONL && format != Format.WARC && size > MAX_DOCUMENT_BYTES) { // fail before reading 50 MB for nothing
            throw BadInputException.tooLarge("file", size, MAX_DOCUMENT_BYTES);
        }
        try (InputStream in = Files.newInputStream(path)) {
            readStream(input, in, format, sink);
        }
    }

    private void readStream(String input, InputStream in, Format format, DocumentSink sink)
            throws IOException, BadInputException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER_BYTES);
        buffered.mark(TextDecoder.HEAD_BYTES);
        byte[] head = buffered.readNBytes(TextDecoder.HEAD_BYTES);
        buffered.reset();
        if (head.length == 0) {
            throw BadInputException.empty();
        }
        Format chosen = format != null ? format : Format.sniff(head);
        if (chosen == Format.WARC) { // gzipped, so binary: no text checks
            webArchives.read(input, buffered, sink);
            return;
        }
        if (TextDecoder.looksBinary(TextDecoder.headText(head))) {
            throw new BadInputException("looks like a binary file, not text");
        }
        if (chosen == Format.JSONL) {
            jsonLines.read(input, buffered, TextDecoder.Bom.of(head), sink);
            return;
        }
        byte[] bytes = buffered.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            long size = bytes.length + buffered.transferTo(OutputStream.nullOutputStream());
            throw BadInputException.tooLarge("file", size, MAX_DOCUMENT_BYTES);
        }
        if (chosen == Format.FEED) { // the XML declaration, not our guesses, says how a feed is encoded
            feeds.read(input, bytes, sink);
            return;
        }
        Charset declared = chosen == Format.HTML ? HtmlExtractor.findDeclaredCharset(head).orElse(null) : null;
        String text = TextDecoder.decode(bytes, declared);
        if (text.isBlank()) {
            throw BadInputException.empty();
        }
        sink.document(input, chosen == Format.HTML ? html.extract(text) : plainText(text));
    }

    /** The text exactly as given, but with every line ending a {@code \n}. */
    private Document plainText(String text) {
        return Document.of(text.replace("\r\n", "\n").replace('\r', '\n'), null, fallbackDate, null, null);
    }

    private static Path path(String input) throws BadInputException {
        try {
            return Path.of(input);
        } catch (InvalidPathException e) {
            throw new BadInputException("not a valid file path: " + e.getReason());
        }
    }

    /** The format of a file named on its own, by its extension. */
    private static Format formatOf(Path path) throws BadInputException {
        Path fileName = path.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        Optional<Format> format = Format.forFileName(name);
        if (format.isPresent()) {
            return format.get();
        }
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            throw new BadInputException("file has no extension " + Format.EXPECTED);
        }
        throw new BadInputException("unsupported file type '" + name.substring(dot) + "' " + Format.EXPECTED);
    }

    private static String cannotRead(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read the file: permission denied";
        }
        String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        return "cannot read the file: " + (reason == null ? e.getClass().getSimpleName() : reason);
    }
}
