package fr.suresnes.contactcenter.conversation.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Greetings, thanks and goodbyes. A message is small talk only when nothing else is left once its courtesy phrases
 * and filler words are removed: « bonjour, comment refaire mon passeport ? » is a knowledge question. When a message
 * holds several kinds, the later kind of this enum wins (« merci, au revoir » is a goodbye).
 */
public enum SmallTalkKind {

    GREETING("Bonjour, en quoi puis-je vous aider ?",
            Patterns.anyOf("bonjour", "bonsoir", "salut", "coucou", "hello", "hey", "allo", "re", "bonne annee")),

    THANKS("Avec plaisir. Avez-vous une autre question ?",
            Patterns.anyOf("merci", "thanks", "thank you", "c est (?:tres |vraiment )?(?:gentil|clair|parfait|note)",
                    "je vous remercie", "remerciements?", "parfait", "super", "genial", "top", "nickel", "cool")),

    GOODBYE("Au revoir et bonne journée !",
            Patterns.anyOf("au revoir", "bonne (?:journee|soiree|nuit|fin de journee|continuation|semaine|week end|fin de semaine)",
                    "a bientot", "a plus(?: tard)?", "bye", "ciao", "adieu", "a la prochaine", "a demain"));

    private static final Pattern FILLERS = Patterns.anyOf("madame", "monsieur", "mme", "mr", "m", "mlle",
            "s il vous plait", "s il te plait", "a vous", "a toi", "vous aussi", "toi aussi", "de meme", "egalement",
            "ok", "okay", "d accord", "oui", "bien", "tres", "vraiment", "encore", "beaucoup", "infiniment", "bcp",
            "pour (?:tout|votre aide|l info|les infos|l information|les informations|ces informations|la reponse|vos reponses)",
            "et", "je vous", "tout le monde", "a tous", "le robot", "le bot", "chatbot", "ca marche", "entendu");

    private final String reply;
    private final Pattern phrases;

    SmallTalkKind(String reply, Pattern phrases) {
        this.reply = reply;
        this.phrases = phrases;
    }

    /** The kind of a message made only of courtesy, or nothing when the message says more. */
    static Optional<SmallTalkKind> of(String normalizedMessage) {
        String rest = normalizedMessage;
        for (SmallTalkKind kind : values()) {
            rest = kind.phrases.matcher(rest).replaceAll(" ");
        }
        if (!FILLERS.matcher(rest).replaceAll(" ").isBlank()) {
            return Optional.empty();
        }
        List<SmallTalkKind> present = Arrays.stream(values())
                .filter(kind -> kind.phrases.matcher(normalizedMessage).find()).toList();
        return present.isEmpty() ? Optional.empty() : Optional.of(present.get(present.size() - 1));
    }

    String reply() {
        return reply;
    }
}
