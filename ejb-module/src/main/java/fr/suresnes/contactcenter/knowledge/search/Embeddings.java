package fr.suresnes.contactcenter.knowledge.search;

import java.util.List;

/**
 * Turns texts into vectors whose cosine similarity reflects closeness of meaning: what semantic search is built on.
 * <p>
 * Implementations call a service that may be slow or down; any {@link RuntimeException} (typically an
 * {@link EmbeddingsException}) means no vectors this time, and the index then does without them.
 */
@FunctionalInterface
public interface Embeddings {

    /** One vector per text, in the same order, all of the same dimension. */
    float[][] embed(List<String> texts);
}
