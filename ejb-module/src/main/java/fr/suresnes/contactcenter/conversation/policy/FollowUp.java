package fr.suresnes.contactcenter.conversation.policy;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes an elliptic follow-up (« et pour un mineur ? », « et à l'étranger ? », « combien ça coûte ? », a
 * situation chosen with a button such as « Cas : Entre 0 et 12 ans ») and merges it with the question it follows.
 */
final class FollowUp {

    private static final int MAX_OPENED_WORDS = 10;

    /** Openings that lean on the previous question. */
    private static final Pattern OPENERS = Pattern.compile("^(?:(?:et|mais|sinon|ou alors|cas|dans ce cas|dans le cas) "
            + "|(?:pour|avec|sans|si|quand) (?:un|une|mon|ma|mes|le|la|les|l|des|son|sa|ses|notre|nos|moi|lui|elle|eux|nous|il|je|j|on|c)\\b)");

    /** Question and situation words that name no topic: a message made only of them needs the previous question. */
    private static final Set<String> TOPICLESS_WORDS = Set.of(
            "combien", "coute", "coutent", "couter", "cout", "prix", "tarif", "payer", "payant", "payante", "gratuit",
            "gratuite", "delai", "delais", "temps", "long", "longtemps", "prend", "dure", "duree", "valable", "valide",
            "validite", "ou", "quoi", "quel", "quelle", "quels", "quelles", "comment", "quand", "faut", "faire", "fait",
            "aller", "adresser", "apporter", "fournir", "papiers", "documents", "pieces", "justificatifs", "necessaires",
            "besoin", "il", "elle", "on", "ca", "c", "ce", "cela", "est", "sont", "le", "la", "les", "l", "y", "en",
            "de", "du", "des", "un", "une", "et", "mais", "alors", "donc", "je", "j", "dois", "doit", "peux", "peut",
            "a", "au", "aux", "apres", "ensuite", "sinon", "mon", "ma", "mes", "pour", "si", "qu", "que", "s", "ans",
            "an", "age", "agee", "mineur", "mineure", "majeur", "majeure", "adulte", "enfant", "fils", "fille", "bebe",
            "ado", "adolescent", "etranger", "france", "outre", "mer", "guyane", "mayotte", "moi", "lui", "vous",
            "aussi", "pareil", "plait", "cas", "situation");

    private FollowUp() {
    }

    static boolean isElliptic(String normalizedMessage) {
        String[] words = normalizedMessage.split(" ");
        if (OPENERS.matcher(normalizedMessage).find() && words.length <= MAX_OPENED_WORDS) {
            return true;
        }
        return !normalizedMessage.isBlank()
                && Arrays.stream(words).allMatch(word -> TOPICLESS_WORDS.contains(word) || word.chars().allMatch(Character::isDigit));
    }

    static String merge(String previousQuestion, String followUp) {
        return previousQuestion + " " + followUp;
    }
}
