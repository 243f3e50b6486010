package fr.suresnes.contactcenter.conversation.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds French text to bare words for matching: lower case, no accents or ligatures, every character that is not a
 * letter or a digit turned into a single space. « Où en est mon dossier ?! » becomes « ou en est mon dossier ».
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Folding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.FRENCH).replace("œ", "oe").replace("æ", "ae");
        String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(unaccented).replaceAll(" ").trim();
    }

    public static List<String> words(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
