package fr.suresnes.contactcenter.knowledge.search;

/** The embeddings service could not be reached or gave no usable answer; the message says why, for the logs. */
public class EmbeddingsException extends RuntimeException {

    public EmbeddingsException(String message) {
        super(message);
    }

    public EmbeddingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
