package fr.suresnes.contactcenter.knowledge.extraction;

/** A file that could not be read, with a reason an administrator understands. The import goes on without it. */
public class ExtractionFailedException extends Exception {

    public ExtractionFailedException(String reason) {
        super(reason);
    }

    public ExtractionFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
