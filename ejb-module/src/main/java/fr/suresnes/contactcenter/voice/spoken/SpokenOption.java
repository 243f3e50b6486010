package fr.suresnes.contactcenter.voice.spoken;

import fr.suresnes.contactcenter.conversation.answer.Choice;
import fr.suresnes.contactcenter.conversation.boundary.Assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A choice of the bot offered on the telephone: said aloud, or picked with a key. Choices take keys 1 to 9 in their
 * order; the offer of a person takes 0, the key that always means « un conseiller » on the city's line.
 */
public record SpokenOption(char key, String title, String payload) {

    public static final char ADVISOR_KEY = '0';
    private static final int MAX_KEYED = 9;

    public static List<SpokenOption> numbered(List<Choice> choices) {
        List<SpokenOption> options = new ArrayList<>();
        int next = 1;
        for (Choice choice : choices) {
            if (choice.payload().equals(Assistant.ADVISOR_PAYLOAD)) {
                options.add(new SpokenOption(ADVISOR_KEY, choice.title(), choice.payload()));
            } else if (next <= MAX_KEYED) {
                options.add(new SpokenOption((char) ('0' + next++), choice.title(), choice.payload()));
            }
        }
        return options;
    }

    /** the option this key picks among these choices */
    public static Optional<SpokenOption> pressed(List<Choice> choices, char key) {
        return numbered(choices).stream().filter(option -> option.key() == key).findFirst();
    }

    /** « Pour un majeur : tapez un. » */
    String said() {
        return title() + " : tapez " + (key == ADVISOR_KEY ? "zéro" : FrenchNumbers.cardinal(key - '0')) + ".";
    }
}
