package fr.suresnes.contactcenter.conversation.answer;

import fr.suresnes.contactcenter.conversation.text.Folding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which of a fiche's alternative cases the conversation already names: by the words that set a case apart
 * from the others (« Pas de passeport » for « je n'ai pas de passeport », « À l'étranger » for « j'habite à
 * l'étranger »), or by an age that falls in an age range (« Entre 0 et 12 ans » for « mon fils de 8 ans »).
 * A child, a son or an age under 18 names « Pour un mineur ». A label quoted whole (a button's payload) wins. Negations are kept as words, unlike in search, so that « n'a pas de passeport » does not name « a un passeport ».
 */
final class CaseNaming {

    private static final Set<String> STOP_WORDS = Set.of("vous", "avez", "a", "ai", "as", "de", "d", "du", "des", "l",
            "le", "la", "les", "un", "une", "en", "et", "est", "cas", "ou", "au", "aux", "si", "votre", "vos", "son",
            "sa", "ses", "il", "elle", "j", "je", "mon", "ma", "mes", "pour", "que", "qu", "y", "on", "se", "s", "c");
    private static final Set<String> NEGATIONS = Set.of("n", "ne", "pas", "sans", "aucun", "aucune", "jamais");
    private static final String NEGATION = "pas";
    /** Words that say « a minor » or « an adult » without the word itself. */
    private static final Map<String, String> IMPLIED = Map.of("enfant", "mineur", "enfants", "mineur", "fils", "mineur",
            "fille", "mineur", "bebe", "mineur", "ado", "mineur", "adolescent", "mineur", "adolescente", "mineur",
            "adulte", "majeur");
    private static final int AGE_OF_MAJORITY = 18;

    private static final Pattern AGE = Pattern.compile("\\b(\\d{1,3}) ans?\\b");
    private static final Pattern DURATION_BEFORE_AGE = Pattern.compile("(?:depuis|il y a|moins de|plus de|pendant|dans|partir de|entre \\d+ et) $");
    private static final Pattern RANGE = Pattern.compile("^(?:entre (\\d+) et (\\d+)|a partir de (\\d+)) ans$");
    private static final Pattern NOT_AN_AGE = Pattern.compile("\\b(?:expiration|perime|perimee|valable|validite)\\b");
    private static final int AGE_WEIGHT = 10;
    private static final int WHOLE_LABEL_WEIGHT = 100;

    private CaseNaming() {
    }

    /** The one case the conversation names, or nothing when it names none or several equally. */
    static Optional<String> namedAmong(List<String> segments, String conversation) {
        Set<String> said = words(conversation);
        String folded = " " + Folding.fold(conversation) + " ";
        List<Integer> ages = ages(folded);
        Folding.words(conversation).stream().map(IMPLIED::get).filter(Objects::nonNull).forEach(said::add);
        ages.forEach(age -> said.add(age < AGE_OF_MAJORITY ? "mineur" : "majeur"));
        Set<String> shared = null;
        for (String segment : segments) {
            Set<String> labelWords = words(SectionPath.label(segment));
            if (shared == null) {
                shared = labelWords;
            } else {
                shared.retainAll(labelWords);
            }
        }
        String named = null;
        int bestScore = 0;
        boolean tie = false;
        for (String segment : segments) {
            String label = SectionPath.label(segment);
            Set<String> distinctive = words(label);
            distinctive.removeAll(shared);
            distinctive.retainAll(said);
            int score = distinctive.size() + (coversAnAge(label, ages) ? AGE_WEIGHT : 0)
                    + (folded.contains(" " + Folding.fold(label) + " ") ? WHOLE_LABEL_WEIGHT : 0);
            if (score > bestScore) {
                named = segment;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(named);
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : Folding.words(text)) {
            if (NEGATIONS.contains(word)) {
                words.add(NEGATION);
            } else if (!STOP_WORDS.contains(word)) {
                words.add(lightStem(word));
            }
        }
        return words;
    }

    /** « périmées » and « périmé » give the same word. */
    private static String lightStem(String word) {
        String stem = word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
        while (stem.endsWith("e") && stem.length() > 4) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return stem;
    }

    private static List<Integer> ages(String foldedConversation) {
        Matcher age = AGE.matcher(foldedConversation);
        List<Integer> ages = new ArrayList<>();
        while (age.find()) {
            String before = foldedConversation.substring(Math.max(0, age.start() - 12), age.start());
            if (!DURATION_BEFORE_AGE.matcher(before).find()) {
                ages.add(Integer.parseInt(age.group(1)));
            }
        }
        return ages;
    }

    private static boolean coversAnAge(String label, List<Integer> ages) {
        String folded = Folding.fold(label);
        Matcher range = RANGE.matcher(folded);
        if (ages.isEmpty() || NOT_AN_AGE.matcher(folded).find() || !range.find()) {
            return false;
        }
        int from = Integer.parseInt(range.group(1) != null ? range.group(1) : range.group(3));
        int to = range.group(2) != null ? Integer.parseInt(range.group(2)) : Integer.MAX_VALUE;
        return ages.stream().anyMatch(age -> age >= from && age < to);
    }
}
