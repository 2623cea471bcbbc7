package org.claimgraph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Walks a directory tree depth first, each directory's entries in order of their names, skipping
 * names that start with {@code .} and not following links to directories. Lists one directory at
 * a time, so a tree of any size is walked in little memory. Stateless.
 */
final class DirectoryWalk {

    /** What the walk finds, in walk order. */
    interface Visitor {
        /** A file that is not hidden (it may be a link to a file). */
        void file(Path file);

        /** A directory that could not be listed, and why, as the phrase of an {@link InputProblem}. */
        void problem(Path directory, String problem);
    }

    /** Names compared as their strings are, so the order is the same on every machine. */
    private static final Comparator<Path> BY_NAME = Comparator.comparing(path -> path.getFileName().toString());

    private DirectoryWalk() {
    }

    /** Walks the tree under {@code root}; false when {@code root} itself could not be listed. */
    static boolean walk(Path root, Visitor visitor) {
        List<Path> entries;
        try {
            entries = sortedEntries(root);
        } catch (IOException e) {
            visitor.problem(root, cannotList(e));
            return false;
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, visitor);
            } else if (!Files.isDirectory(entry)) { // a link to a directory is skipped: it could loop
                visitor.file(entry);
            }
        }
        return true;
    }

    private static List<Path> sortedEntries(Path directory) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory,
                entry -> !entry.getFileName().toString().startsWith("."))) {
            stream.forEach(entries::add);
        }
        entries.sort(BY_NAME);
        return entries;
    }

    private static String cannotList(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot read the directory: permission denied";
        }
        String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        return "cannot read the directory: " + (reason == null ? e.getClass().getSimpleName() : reason);
    }
}
