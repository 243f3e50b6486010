package fr.suresnes.contactcenter.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The short keyword form of a question, as typed in a search box: lower case, split on everything but letters and
 * digits, French stop words, interrogatives and common verbs dropped, the first four remaining words kept
 * (« Comment faire une demande de carte d'identité ? » → « demande carte identité »).
 */
final class KeywordForm {

    private static final int MAX_WORDS = 4;
    private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> DROPPED = Set.of(
            // interrogatives
            "comment", "quel", "quelle", "quels", "quelles", "quoi", "pourquoi", "combien", "où", "ou", "quand",
            "qui", "que", "qu", "lequel", "laquelle", "lesquels", "lesquelles", "est", "ce", "ceci", "cela", "ça",
            // articles, prepositions, conjunctions
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à", "a", "en", "dans", "par",
            "pour", "sur", "sous", "avec", "sans", "chez", "entre", "vers", "et", "ni", "mais", "donc", "or", "car",
            "si", "lors", "après", "avant", "pendant", "depuis", "contre", "selon", "comme", "plus", "moins", "très",
            "encore", "aussi", "tout", "tous", "toute", "toutes", "même", "autre", "autres", "cas", "non", "ne", "pas",
            // pronouns and determiners
            "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "m", "te", "t", "se", "s",
            "lui", "leur", "leurs", "y", "c", "n", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
            "notre", "nos", "votre", "vos", "cet", "cette", "ces", "quelqu", "chaque",
            // common verbs of questions
            "peut", "peuvent", "puis", "peux", "pouvoir", "faut", "doit", "doivent", "dois", "devoir", "faire", "fait",
            "font", "être", "suis", "es", "sont", "été", "avoir", "ai", "as", "ont", "eu", "va", "vont", "aller",
            "existe", "agit", "sert", "veut", "veux", "savoir", "obtenir");

    private KeywordForm() {
    }

    static String of(String question) {
        return Arrays.stream(NOT_WORDS.split(question.toLowerCase(Locale.FRENCH)))
                .filter(word -> !word.isEmpty() && !DROPPED.contains(word))
                .limit(MAX_WORDS)
                .collect(Collectors.joining(" "));
    }
}
