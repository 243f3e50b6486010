package fr.suresnes.contactcenter.knowledge.extraction;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Runs the parsing of one file within limits: files above a size are refused before parsing, and a parser that
 * runs longer than the time limit is abandoned on its own thread, so one bad file can never stall an import.
 * Every failure comes out as an {@link ExtractionFailedException} with a reason an administrator understands.
 */
public class BoundedParsing implements AutoCloseable {

    private static final Pattern OBJECT_NAME = Pattern.compile("(?:[a-z_]\\w*\\.)+([A-Z]\\w*)(?:@[0-9a-f]+)?");

    private final ExecutorService parsing = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tika-extraction");
        thread.setDaemon(true);
        return thread;
    });
    private final long maxFileBytes;
    private final int maxTextChars;
    private final Duration timeLimit;

    public BoundedParsing(long maxFileBytes, int maxTextChars, Duration timeLimit) {
        this.maxFileBytes = maxFileBytes;
        this.maxTextChars = maxTextChars;
        this.timeLimit = timeLimit;
    }

    public int maxTextChars() {
        return maxTextChars;
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    /** Checks the size of the file, then runs the parsing on a parsing thread and waits for it no longer than the time limit. */
    public <T> T parse(Path file, Callable<T> parsingOfTheFile) throws ExtractionFailedException {
        checkSize(file);
        Future<T> running = parsing.submit(parsingOfTheFile);
        try {
            return running.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
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

    private void checkSize(Path file) throws ExtractionFailedException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExtractionFailedException("fichier inaccessible : " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new ExtractionFailedException("fichier vide");
        }
        if (size > maxFileBytes) {
            throw new ExtractionFailedException("fichier trop volumineux (" + size + " octets, limite " + maxFileBytes + ")");
        }
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
        if (failure instanceof OutOfMemoryError || failure instanceof StackOverflowError) {
            return new ExtractionFailedException("document trop complexe à lire (mémoire ou imbrication excessive)", failure);
        }
        return new ExtractionFailedException("format illisible ou fichier endommagé : " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : " — " + firstLine(failure.getMessage())), failure);
    }

    /** The first line of a message, Java object names reduced to their simple class name ("ChmParser@4c0d66be" → "ChmParser"). */
    private static String firstLine(String message) {
        String line = OBJECT_NAME.matcher(message.lines().findFirst().orElse("")).replaceAll("$1");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public void close() {
        parsing.shutdownNow();
    }
}
