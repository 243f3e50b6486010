package fr.suresnes.contactcenter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A folder for the indexes of one run, deleted with everything in it on close. */
final class TemporaryFolder implements AutoCloseable {

    private final Path root;

    TemporaryFolder() {
        try {
            root = Files.createTempDirectory("knowledge-benchmark");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path resolve(String name) {
        return root.resolve(name);
    }

    /** The size of the files under {@code name}, in MB. */
    double megabytes(String name) {
        try (Stream<Path> files = Files.walk(resolve(name))) {
            return files.filter(Files::isRegularFile).mapToLong(TemporaryFolder::size).sum() / (1024.0 * 1024.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
