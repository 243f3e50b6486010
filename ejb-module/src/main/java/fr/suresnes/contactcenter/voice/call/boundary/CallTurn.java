package fr.suresnes.contactcenter.voice.call.boundary;

import java.util.List;

/**
 * What the callbot says next on a call, and what it then waits for: a question (speech or a key), a key of the menu,
 * or nothing (the call is transferred to {@code transferNumber}, or ends). {@code topic} is the queue code of the
 * menu topic the caller chose, carried by the gateway from turn to turn; null when none was chosen.
 */
public record CallTurn(List<String> said, Next next, String topic, String transferNumber) {

    public enum Next {
        /** a free question, or a key */
        QUESTION,
        /** a key of the menu */
        MENU,
        /** transfer to {@code transferNumber} */
        TRANSFER,
        /** the call ends */
        HANG_UP
    }

    public CallTurn {
        said = List.copyOf(said);
    }

    /** all that is said, as one text */
    public String text() {
        return String.join(" ", said);
    }
}
