package fr.suresnes.contactcenter.knowledge.reading;

import fr.suresnes.contactcenter.knowledge.extraction.BoundedParsing;
import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.reading.dila.DilaFicheDetector;
import fr.suresnes.contactcenter.knowledge.reading.dila.DilaFicheReader;
import fr.suresnes.contactcenter.knowledge.reading.tika.TikaDocumentReader;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The reader the import uses for every file: DILA fiches go to {@link DilaFicheReader}, everything else to
 * {@link TikaDocumentReader}. Both run within the same limits (file size, text length, time per file) on parsing
 * threads this object owns: close it when the import is over.
 */
public class DocumentReaders implements DocumentReader, AutoCloseable {

    private final BoundedParsing bounded;
    private final DilaFicheReader dilaFiches;
    private final TikaDocumentReader otherFormats;

    public DocumentReaders(long maxFileBytes, int maxTextChars, Duration timeLimit) {
        this.bounded = new BoundedParsing(maxFileBytes, maxTextChars, timeLimit);
        this.dilaFiches = new DilaFicheReader(bounded);
        this.otherFormats = new TikaDocumentReader(bounded);
    }

    @Override
    public ReadDocument read(Path file, String relativePath) throws ExtractionFailedException {
        DocumentReader reader = DilaFicheDetector.isDilaFiche(file) ? dilaFiches : otherFormats;
        return reader.read(file, relativePath);
    }

    @Override
    public void close() {
        bounded.close();
    }
}
