package fr.suresnes.contactcenter.knowledge.reading;

import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;

import java.nio.file.Path;

/** Turns one file into a document with passages, or refuses it with a reason an administrator can read. */
public interface DocumentReader {

    /**
     * @param file         the file to read
     * @param relativePath its path relative to the import folder, with '/' separators: the source ID when the
     *                     format has no identifier of its own
     */
    ReadDocument read(Path file, String relativePath) throws ExtractionFailedException;
}
