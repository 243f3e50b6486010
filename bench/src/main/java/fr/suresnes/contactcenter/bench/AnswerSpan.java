package fr.suresnes.contactcenter.bench;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds an annotated answer span in a text, both read as sequences of words: case, accents, punctuation and spacing
 * ignored (« ( 25 €  TTC) » and « (25 € TTC) » are the same words). Exactly, or loosely: most of the span's
 * distinct words anywhere in the text.
 */
final class AnswerSpan {

    /** the share of the span's distinct words a text must hold to contain it loosely */
    static final double MOSTLY = 0.75;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private AnswerSpan() {
    }

    static String words(String text) {
        String unaccented = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORDS.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static boolean isIn(String span, String text) {
        String words = words(span);
        return !words.isEmpty() && (" " + words(text) + " ").contains(" " + words + " ");
    }

    static boolean isMostlyIn(String span, String text) {
        Set<String> spanWords = distinctWords(span);
        if (spanWords.isEmpty()) {
            return false;
        }
        Set<String> found = distinctWords(text);
        found.retainAll(spanWords);
        return found.size() >= MOSTLY * spanWords.size();
    }

    private static Set<String> distinctWords(String text) {
        String words = words(text);
        return words.isEmpty() ? new HashSet<>() : new HashSet<>(Arrays.asList(words.split(" ")));
    }
}
