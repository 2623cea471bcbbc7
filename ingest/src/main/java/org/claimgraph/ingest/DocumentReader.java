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
import java.util.function.Consumer;

/**
 * Reads an input named on the command line into {@link Document}s: a text, HTML or JSON Lines
 * file, chosen by its extension, or {@code -} for standard input, whose format is guessed from its
 * first character. Bad input never throws: each bad file, or bad line of a JSON Lines file, becomes
 * one {@link InputProblem} for the sink, and the other documents still come out.
 *
 * <p>Limits: a text or HTML input of at most 50 MB, a JSON Lines line of at most 10 MB; a JSON
 * Lines input is streamed, so it may be of any size. Encoding: a UTF-8 or UTF-16 byte order mark
 * is honoured; else valid UTF-8 is read as UTF-8; else an HTML page's {@code <meta charset>}
 * declaration is honoured; else text and HTML are read as Windows-1252 when they are valid in it.
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

    /** @param fallbackDate the publication date of documents whose input gives none; may be null */
    public DocumentReader(LocalDate fallbackDate) {
        this.fallbackDate = fallbackDate;
        this.html = new HtmlExtractor(fallbackDate);
        this.jsonLines = new JsonLinesReader(fallbackDate);
    }

    /**
     * The first {@code limit} documents of one input, in order; each problem goes to
     * {@code problems} and the reading goes on. For corpora read whole (evaluation, benchmarks).
     */
    public List<Document> readFirst(String input, int limit, Consumer<InputProblem> problems) {
        List<Document> documents = new ArrayList<>();
        read(input, new DocumentSink() {
            @Override
            public void document(String name, Document document) {
                if (documents.size() < limit) {
                    documents.add(document);
                }
            }

            @Override
            public void problem(InputProblem problem) {
                problems.accept(problem);
            }
        });
        return documents;
    }

    /**
     * Reads one input: a file path, or {@code -} for standard input (named {@code <stdin>} in
     * what the sink gets). Returns normally whatever the input holds.
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
            Format format = checkFile(path);
            try (InputStream in = Files.newInputStream(path)) {
                readStream(input, in, format, sink);
            }
        });
    }

    /**
     * Reads one input from a stream, which is left open.
     *
     * @param inputName what the sink is told the input is called
     * @param format    the input's format, or null to guess it as for standard input: <code>{</code>
     *                  for JSON Lines, {@code <} for HTML, else text
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

    private void readStream(String input, InputStream in, Format format, DocumentSink sink)
            throws IOException, BadInputException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER_BYTES);
        buffered.mark(TextDecoder.HEAD_BYTES);
        byte[] head = buffered.readNBytes(TextDecoder.HEAD_BYTES);
        buffered.reset();
        if (head.length == 0) {
            throw BadInputException.empty();
        }
        String headText = TextDecoder.headText(head);
        if (TextDecoder.looksBinary(headText)) {
            throw new BadInputException("looks like a binary file, not text");
        }
        Format chosen = format != null ? format : Format.sniff(headText);
        if (chosen == Format.JSONL) {
            jsonLines.read(input, buffered, TextDecoder.Bom.of(head), sink);
            return;
        }
        byte[] bytes = buffered.readNBytes((int) MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            long size = bytes.length + buffered.transferTo(OutputStream.nullOutputStream());
            throw BadInputException.tooLarge("file", size, MAX_DOCUMENT_BYTES);
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

    /** The format of a file that can be read, checked before it is opened. */
    private static Format checkFile(Path path) throws IOException, BadInputException {
        if (!Files.exists(path)) {
            throw new BadInputException("no such file");
        }
        if (Files.isDirectory(path)) {
            throw new BadInputException("is a directory, not a file");
        }
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            throw new BadInputException("file has no extension " + Format.EXPECTED);
        }
        String extension = name.substring(dot + 1);
        Format format = Format.forExtension(extension).orElseThrow(() ->
                new BadInputException("unsupported file type '." + extension + "' " + Format.EXPECTED));
        if (!Files.isReadable(path)) {
            throw new BadInputException("cannot read the file: permission denied");
        }
        long size = Files.size(path);
        if (format != Format.JSONL && size > MAX_DOCUMENT_BYTES) { // fail before reading 50 MB for nothing
            throw BadInputException.tooLarge("file", size, MAX_DOCUMENT_BYTES);
        }
        return format;
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
