package fr.suresnes.contactcenter.knowledge.extraction;

import org.apache.tika.Tika;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;

/**
 * Reads the text of any format Tika knows, within limits: files above a size are refused before parsing, text
 * beyond a length is refused, and a parser that runs longer than the time limit is abandoned, so one bad file
 * can never stall an import.
 */
public class TextExtractor implements AutoCloseable {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final ExecutorService parsing = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tika-extraction");
        thread.setDaemon(true);
        return thread;
    });
    private final long maxFileBytes;
    private final int maxTextChars;
    private final Duration timeLimit;

    public TextExtractor(long maxFileBytes, int maxTextChars, Duration timeLimit) {
        this.maxFileBytes = maxFileBytes;
        this.maxTextChars = maxTextChars;
        this.timeLimit = timeLimit;
    }

    public ExtractedText extract(Path file) throws ExtractionFailedException {
        long size = sizeOf(file);
        if (size == 0) {
            throw new ExtractionFailedException("fichier vide");
        }
        if (size > maxFileBytes) {
            throw new ExtractionFailedException("fichier trop volumineux (" + size + " octets, limite " + maxFileBytes + ")");
        }
        Future<ExtractedText> running = parsing.submit(() -> parse(file));
        try {
            return running.get(timeLimit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new ExtractionFailedException("lecture interrompue après " + timeLimit.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionFailedException("lecture interrompue", e);
        } catch (ExecutionException e) {
            throw reasonFor(e.getCause());
        }
    }

    private ExtractedText parse(Path file) throws Exception {
        Metadata metadata = new Metadata();
        BodyContentHandler handler = new BodyContentHandler(maxTextChars);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, new ParseContext());
        }
        String text = handler.toString().strip();
        if (text.isEmpty()) {
            throw new ExtractionFailedException("aucun texte lisible (document scanné sans OCR, ou vide)");
        }
        Map<String, String> values = new TreeMap<>();
        for (String name : metadata.names()) {
            values.put(name, metadata.get(name));
        }
        return new ExtractedText(text, metadata.get(Metadata.CONTENT_TYPE), values);
    }

    private ExtractionFailedException reasonFor(Throwable failure) {
        if (failure instanceof ExtractionFailedException known) {
            return known;
        }
        if (failure instanceof EncryptedDocumentException) {
            return new ExtractionFailedException("document chiffré ou protégé par mot de passe", failure);
        }
        if (WriteLimitReachedException.isWriteLimitReached(failure)) {
            return new ExtractionFailedException("texte trop long (plus de " + maxTextChars + " caractères)", failure);
        }
        return new ExtractionFailedException("format illisible ou fichier endommagé : " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : " — " + firstLine(failure.getMessage())), failure);
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static long sizeOf(Path file) throws ExtractionFailedException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ExtractionFailedException("fichier inaccessible : " + e.getMessage(), e);
        }
    }

    /** The media type Tika detects from the bytes and the name, without parsing. */
    public String detect(Path file) throws IOException {
        return new Tika().detect(file);
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
