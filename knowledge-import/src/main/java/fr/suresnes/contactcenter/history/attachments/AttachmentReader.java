package fr.suresnes.contactcenter.history.attachments;

import fr.suresnes.contactcenter.history.boundary.AttachmentText;
import fr.suresnes.contactcenter.knowledge.extraction.ExtractedText;
import fr.suresnes.contactcenter.knowledge.extraction.ExtractionFailedException;
import fr.suresnes.contactcenter.knowledge.extraction.TextExtractor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads the text of a file given with a recorded contact with Tika, within the same kind of limits as the knowledge
 * imports. A file that cannot be read is still kept, with the reason: a damaged scan must not lose the letter.
 */
@ApplicationScoped
public class AttachmentReader {

    private static final String UNKNOWN_TYPE = "application/octet-stream";

    @Inject
    @ConfigProperty(name = "contacts.attachments.max-file-bytes")
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "contacts.attachments.max-text-chars")
    int maxTextChars;

    @Inject
    @ConfigProperty(name = "contacts.attachments.time-limit-seconds")
    int timeLimitSeconds;

    private TextExtractor extractor;

    @PostConstruct
    void start() {
        extractor = new TextExtractor(maxFileBytes, maxTextChars, Duration.ofSeconds(timeLimitSeconds));
    }

    @PreDestroy
    void stop() {
        extractor.close();
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** The file's text, or why there is none; the media type is the one Tika detects from the bytes and the name. */
    public AttachmentText read(String fileName, byte[] content) {
        Path file = null;
        try {
            file = Files.createTempFile("contact-attachment-", "-" + safeSuffix(fileName));
            Files.write(file, content);
            String mediaType = detected(file);
            try {
                ExtractedText extracted = extractor.extract(file);
                // PostgreSQL's text refuses NUL, which some documents' text holds
                return new AttachmentText(fileName, mediaType, content, extracted.text().replace("\0", ""), null);
            } catch (ExtractionFailedException e) {
                return new AttachmentText(fileName, mediaType, content, null, e.getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
    }

    private String detected(Path file) {
        try {
            return extractor.detect(file);
        } catch (IOException e) {
            return UNKNOWN_TYPE;
        }
    }

    /** Keeps the extension, which Tika's detection uses, and nothing a file system could misread. */
    private static String safeSuffix(String fileName) {
        String name = fileName == null ? "" : fileName;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).replaceAll("[^A-Za-z0-9]", "");
        return extension.isEmpty() ? "file" : "file." + (extension.length() > 10 ? extension.substring(0, 10) : extension);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
