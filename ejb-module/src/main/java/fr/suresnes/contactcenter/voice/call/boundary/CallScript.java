package fr.suresnes.contactcenter.voice.call.boundary;

import fr.suresnes.contactcenter.voice.call.control.CallMenu;
import fr.suresnes.contactcenter.voice.spoken.SpokenFigures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the callbot says that does not come from the knowledge base, and what it does when it hears nothing usable:
 * the first time it asks again kindly, the second time it offers the menu, the third time it says the menu once more,
 * and then it puts the caller through to a person.
 */
public final class CallScript {

    public static final List<String> GREETING = List.of(
            "Bonjour, vous êtes en communication avec l'assistant automatique de la Ville de Suresnes.",
            "Il répond à partir des documents officiels et vous indique ses sources.",
            "Posez votre question en quelques mots, par exemple : comment refaire mon passeport ?",
            "Pour parler à un conseiller, dites « conseiller » ou tapez zéro.");
    public static final String ANOTHER_QUESTION = "Avez-vous une autre question ? Dites-la, ou tapez zéro pour parler"
            + " à un conseiller.";
    public static final String NOT_HEARD = "Je ne vous ai pas entendu.";
    public static final String NOT_UNDERSTOOD = "Je n'ai pas bien compris.";
    public static final String ASK_AGAIN = "Posez votre question en quelques mots, ou tapez zéro pour parler à un"
            + " conseiller.";
    public static final String TOO_LONG = "Votre question est un peu longue. Pouvez-vous la dire en quelques mots ?";
    public static final String UNKNOWN_KEY = "Cette touche ne correspond à aucun choix.";
    public static final String TRANSFER = "Je vous mets en relation avec un conseiller de la Ville, qui aura notre"
            + " échange sous les yeux. Merci de patienter.";
    public static final String TRANSFER_FAILED = "Aucun conseiller n'est joignable pour le moment. Votre demande reste"
            + " enregistrée pour nos conseillers. Au revoir.";
    public static final String GOODBYE = "Merci de votre appel. Au revoir.";
    public static final String INCIDENT = "Désolé, un incident technique m'empêche de vous répondre. Merci de"
            + " rappeler un peu plus tard. Au revoir.";
    public static final String UNKNOWN_CALL = "Désolé, je ne retrouve pas votre appel. Merci de rappeler le centre"
            + " de contacts. Au revoir.";

    private CallScript() {
    }

    /**
     * The call cannot be put through while the center is closed: when it opens, and the callback to the caller's
     * number, or else the request kept for the advisors; the call then ends.
     */
    public static List<String> closed(String schedule, Optional<String> reopening, Optional<String> callbackNumber) {
        String when = reopening.map(moment -> " dès la réouverture, " + moment + ".").orElse(" dès la réouverture.");
        return List.of("Nos conseillers ne sont pas disponibles en ce moment : le centre de contacts est ouvert "
                        + schedule + ".",
                callbackNumber.map(number -> "Votre demande est enregistrée avec notre échange, et un conseiller vous"
                                + " rappellera au " + number + when)
                        .orElseGet(() -> "Votre demande est enregistrée avec notre échange : un conseiller la reprendra"
                                + when),
                GOODBYE);
    }

    /** the menu of topics, one key each, and the key of a person */
    public static List<String> menu() {
        List<String> said = new ArrayList<>(List.of("Voici le menu."));
        Arrays.stream(CallMenu.values()).map(topic -> SpokenFigures.spoken("Pour " + topic.label() + ", tapez "
                + topic.key() + ".")).forEach(said::add);
        said.add("Pour parler à un conseiller, tapez zéro.");
        return said;
    }

    /**
     * What to do after the {@code count}-th time in a row nothing usable was heard ({@code heardNothing}: silence,
     * else something not recognised); {@link CallTurn.Next#TRANSFER} still needs its number.
     */
    public static CallTurn afterMiss(int count, boolean heardNothing, String topic) {
        String miss = heardNothing ? NOT_HEARD : NOT_UNDERSTOOD;
        if (count <= 1) {
            return new CallTurn(List.of(miss, ASK_AGAIN), CallTurn.Next.QUESTION, topic, null);
        }
        if (count <= 3) {
            List<String> said = new ArrayList<>(count == 3 ? List.of(miss) : List.of());
            said.addAll(menu());
            return new CallTurn(said, CallTurn.Next.MENU, topic, null);
        }
        return new CallTurn(List.of(TRANSFER), CallTurn.Next.TRANSFER, topic, null);
    }

    /** the answer to a turn of a call the gateway does not name, or that the contact center never saw: the call ends */
    public static CallTurn unknownCall() {
        return new CallTurn(List.of(UNKNOWN_CALL), CallTurn.Next.HANG_UP, null, null);
    }

    /** the answer to a turn the contact center failed to handle: the call ends with an apology */
    public static CallTurn incident() {
        return new CallTurn(List.of(INCIDENT), CallTurn.Next.HANG_UP, null, null);
    }
}
