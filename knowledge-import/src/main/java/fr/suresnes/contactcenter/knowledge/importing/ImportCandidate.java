package fr.suresnes.contactcenter.knowledge.importing;

import java.io.Serializable;
import java.nio.file.Path;

/** A file found in a watched folder: where it is, and its path relative to that folder. */
public record ImportCandidate(String folder, String relativePath, String absolutePath) implements Serializable {

    public Path path() {
        return Path.of(absolutePath);
    }
}
