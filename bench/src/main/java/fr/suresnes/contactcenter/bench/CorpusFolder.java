package fr.suresnes.contactcenter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The benchmark corpus, outside the repository: {@code documents/} to import and {@code qa/} question sets. */
record CorpusFolder(Path root) {

    /** Where the corpus is when no folder is given: beside the repository, the benchmark running from its root. */
    static final Path DEFAULT = Path.of("..", "shared", "corpus");

    /** The corpus at {@code root}, or an exception telling where it was looked for and how to point elsewhere. */
    static CorpusFolder at(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute.resolve("documents")) || !Files.isDirectory(absolute.resolve("qa"))) {
            throw new IllegalArgumentException("No benchmark corpus in " + absolute + " (expected documents/ and qa/)."
                    + " Pass the corpus folder as the first argument: scripts/benchmark.sh /path/to/corpus");
        }
        return new CorpusFolder(absolute);
    }

    Path documents() {
        return root.resolve("documents");
    }

    Path questionFile(String name) {
        return root.resolve("qa").resolve(name);
    }

    /** Every regular file under documents/, in a stable order. */
    List<Path> documentFiles() {
        try (Stream<Path> files = Files.walk(documents())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String relativePath(Path file) {
        return documents().relativize(file).toString();
    }
}
