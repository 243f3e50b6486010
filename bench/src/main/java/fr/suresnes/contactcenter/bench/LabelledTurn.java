package fr.suresnes.contactcenter.bench;

import java.util.List;

/** A labelled question as the citizen's next message, after their earlier messages in the same conversation. */
record LabelledTurn(List<String> earlierTurns, LabelledQuestion question) {

    /** The conversation's first message. */
    static LabelledTurn opening(LabelledQuestion question) {
        return new LabelledTurn(List.of(), question);
    }

    /** Every message of the citizen, this one last, on one line each. */
    String allCitizenText() {
        return String.join("\n", earlierTurns) + (earlierTurns.isEmpty() ? "" : "\n") + question.text();
    }
}
