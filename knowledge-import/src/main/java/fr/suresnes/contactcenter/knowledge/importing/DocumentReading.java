package fr.suresnes.contactcenter.knowledge.importing;

import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.reading.DocumentReaders;
import fr.suresnes.contactcenter.knowledge.reading.ReadDocument;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;

/** The document readers of the application, with the limits from the configuration. */
@ApplicationScoped
public class DocumentReading {

    @Inject
    @ConfigProperty(name = "knowledge.import.max-file-bytes")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "knowledge.import.max-text-chars")
    int maxTextChars;

    @Inject
    @ConfigProperty(name = "knowledge.import.time-limit-seconds")
    long timeLimitSeconds;

    private DocumentReaders readers;

    @PostConstruct
    void open() {
        readers = new DocumentReaders(maxFileBytes, maxTextChars, Duration.ofSeconds(timeLimitSeconds));
    }

    @PreDestroy
    void close() {
        readers.close();
    }

    public ReadDocument read(Path file, String relativePath) throws ExtractionFailedException {
        return readers.read(file, relativePath);
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }
}
