package org.claimgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.claimgraph.ingest.Inputs.readFile;
import static org.claimgraph.ingest.Inputs.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.claimgraph.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/** A directory named as an input: every supported file in it, walked depth first in name order. */
class DirectoryInputTest {

    @TempDir
    Path dir;

    private Path mkdirs(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    @Test
    void readsEverySupportedFileInNameOrderAndSkipsHiddenAndOtherFiles() throws IOException {
        Path a = mkdirs("a");
        Path c = mkdirs("c");
        Path hidden = mkdirs(".hidden");
        mkdirs("empty");
        write(dir, "b.txt", "Bee text.");
        write(dir, "a.jsonl", "{\"text\": \"Line one.\"}\n{\"text\": \"Line two.\"}\n");
        write(a, "z.html", "<p>Zed page.</p>");
        write(a, "feed.rss", "<rss version=\"2.0\"><channel><title>T</title>"
                + "<item><description>Feed entry.</description></item></channel></rss>");
        write(a, "notes.pdf", "%PDF-1.7");
        write(dir, "README", "Not an article.");
        write(dir, ".draft.txt", "Hidden draft.");
        write(hidden, "secret.txt", "Hidden text.");
        WarcFixtures.write(c.resolve("crawl.warc.gz"), WarcCompression.GZIP,
                WarcFixtures.page("https://news.example/c", "Archived page."));

        RecordingSink sink = readFile(dir);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.order).containsExactly(
                a.resolve("feed.rss") + ":entry 1",
                a.resolve("z.html").toString(),
                dir.resolve("a.jsonl") + ":1",
                dir.resolve("a.jsonl") + ":2",
                dir.resolve("b.txt").toString(),
                c.resolve("crawl.warc.gz") + ":record 1");
        assertThat(sink.documents()).extracting(Document::text).containsExactly(
                "Feed entry.", "Zed page.", "Line one.", "Line two.", "Bee text.", "Archived page.");
    }

    @Test
    void aBadFileIsOneProblemAndTheWalkGoesOn() throws IOException {
        write(dir, "1.txt", "First.");
        write(dir, "2.xml", "<?xml version=\"1.0\"?><urlset/>");
        write(dir, "3.html", "");
        write(dir, "4.txt", "Fourth.");

        RecordingSink sink = readFile(dir);

        assertThat(sink.order).containsExactly(dir.resolve("1.txt").toString(), dir.resolve("2.xml").toString(),
                dir.resolve("3.html").toString(), dir.resolve("4.txt").toString());
        assertThat(sink.documents()).extracting(Document::text).containsExactly("First.", "Fourth.");
        assertThat(sink.problems).extracting(InputProblem::problem).containsExactly(
                "not an RSS or Atom feed: the root element is <urlset> (expected <rss>, <feed> or <rdf:RDF>)",
                "file is empty");
    }

    @Test
    void anUnreadableSubdirectoryIsOneProblemAndTheWalkGoesOn() throws IOException {
        Path locked = mkdirs("b-locked");
        write(locked, "inside.txt", "Inside.");
        write(dir, "a.txt", "Before.");
        write(dir, "c.txt", "After.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(locked)).as("running as a user who can read any directory, such as root").isFalse();

            RecordingSink sink = readFile(dir);

            assertThat(sink.documents()).extracting(Document::text).containsExactly("Before.", "After.");
            assertThat(sink.problems).containsExactly(
                    new InputProblem(locked.toString(), "cannot read the directory: permission denied"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aLinkToADirectoryIsNotFollowedSoALoopEnds() throws IOException {
        Path sub = mkdirs("sub");
        write(sub, "page.txt", "Once.");
        Files.createSymbolicLink(sub.resolve("loop"), dir);

        RecordingSink sink = readFile(dir);

        assertThat(sink.documents()).extracting(Document::text).containsExactly("Once.");
    }

    @Test
    void aDirectoryWithNothingToReadIsOneProblem() throws IOException {
        write(dir, "notes.pdf", "%PDF-1.7");
        write(mkdirs(".git"), "HEAD.txt", "ref");

        RecordingSink sink = readFile(dir);

        assertThat(sink.problems).containsExactly(new InputProblem(dir.toString(),
                "directory holds no file to read (expected .txt, .html, .jsonl, .rss, .atom, .xml, .warc or .warc.gz)"));
    }
}
