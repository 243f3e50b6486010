package fr.suresnes.contactcenter.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic rewrites of a question into what citizens type more often than the fiche's wording:
 * <ul>
 * <li>{@link #withoutAccents}: diacritics removed (« électorale » → « electorale »);</li>
 * <li>{@link #lowerCaseWithoutPunctuation}: lower case, every run of non-letters and non-digits (apostrophes,
 * hyphens, « ? ») replaced by one space (« Qu'est-ce qu'un Pacs ? » → « qu est ce qu un pacs »);</li>
 * <li>{@link #misspelled}: one typo in one word of six letters or more, both chosen by a random generator
 * seeded with the question: two adjacent letters swapped, or one letter dropped, never the first letter;
 * a question without such a word stays as it is.</li>
 * </ul>
 * The short keyword form is {@link KeywordForm}.
 */
final class QuestionRewrites {

    private static final long SEED = 20_240_611L;
    private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{6,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private QuestionRewrites() {
    }

    static String withoutAccents(String question) {
        return MARKS.matcher(Normalizer.normalize(question, Normalizer.Form.NFD)).replaceAll("");
    }

    static String lowerCaseWithoutPunctuation(String question) {
        return NOT_WORDS.matcher(question.toLowerCase(Locale.FRENCH)).replaceAll(" ").strip();
    }

    static String misspelled(String question) {
        Matcher words = LONG_WORD.matcher(question);
        List<int[]> spans = new ArrayList<>();
        while (words.find()) {
            spans.add(new int[] {words.start(), words.end()});
        }
        if (spans.isEmpty()) {
            return question;
        }
        Random random = new Random(SEED * 31 + question.hashCode());
        int[] span = spans.get(random.nextInt(spans.size()));
        String word = question.substring(span[0], span[1]);
        String typo = random.nextBoolean() ? swapTwoLetters(word, random) : dropOneLetter(word, random);
        return question.substring(0, span[0]) + typo + question.substring(span[1]);
    }

    /** Swaps two adjacent different letters after the first; drops one when all are the same. */
    private static String swapTwoLetters(String word, Random random) {
        int first = 1 + random.nextInt(word.length() - 2);
        for (int tried = 0; tried < word.length() - 2; tried++) {
            int i = 1 + (first - 1 + tried) % (word.length() - 2);
            if (word.charAt(i) != word.charAt(i + 1)) {
                return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            }
        }
        return dropOneLetter(word, random);
    }

    private static String dropOneLetter(String word, Random random) {
        int i = 1 + random.nextInt(word.length() - 1);
        return word.substring(0, i) + word.substring(i + 1);
    }
}
