package fr.suresnes.contactcenter.knowledge.search;

import java.util.List;
import java.util.Locale;

/**
 * Deterministic stand-in for an embedding model: one dimension per concept, counting the words of that concept
 * in the text, plus a small constant so that no vector is zero. Texts about the same concept point the same way
 * even when they share no word.
 */
final class Concepts {

    private static final List<List<String>> WORDS_BY_CONCEPT = List.of(
            List.of("pacs", "pacte", "partenaires", "époux", "mariage", "marier", "couple", "union"),
            List.of("passeport", "voyage", "étranger", "vacances"),
            List.of("cimetière", "funér", "funèbre", "défunt", "obsèques", "enterr", "décès"),
            List.of("photo", "justificatif", "dossier", "pièce"));

    static final int DIMENSION = WORDS_BY_CONCEPT.size();

    private Concepts() {
    }

    static float[] of(String text) {
        String lowerCase = text.toLowerCase(Locale.FRENCH);
        float[] vector = new float[DIMENSION];
        for (int concept = 0; concept < DIMENSION; concept++) {
            vector[concept] = 0.1f;
            for (String word : WORDS_BY_CONCEPT.get(concept)) {
                vector[concept] += occurrences(lowerCase, word);
            }
        }
        return vector;
    }

    private static int occurrences(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            count++;
        }
        return count;
    }
}
