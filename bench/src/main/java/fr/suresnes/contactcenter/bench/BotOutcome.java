package fr.suresnes.contactcenter.bench;

import fr.suresnes.contactcenter.conversation.answer.Citation;
import fr.suresnes.contactcenter.conversation.answer.ComposedAnswer;
import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import fr.suresnes.contactcenter.conversation.policy.Decision;

import java.util.List;
import java.util.Set;

/**
 * What the bot did with one message: the kind of reply, its text, the source IDs it cites (the document it answered
 * from first) and its confidence ({@code NaN} when the message was not a knowledge question).
 */
record BotOutcome(Kind kind, String text, List<String> citedSourceIds, double confidence) {

    enum Kind {
        /** quoted the passages of one document */
        ANSWERED("answered"),
        /** said it is not sure, listed the closest documents and offered a person */
        NOT_SURE("not sure"),
        /** asked the citizen's situation with buttons, citing one passage per case */
        ASKED_SITUATION("situation"),
        /** the dialog policy did not take the message for a knowledge question (a person, an emergency, small talk) */
        NOT_A_QUESTION("other");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    static BotOutcome of(ComposedAnswer answer) {
        Kind kind = answer.choices().isEmpty() ? Kind.ANSWERED
                : answer.choices().stream().anyMatch(choice -> choice.payload().equals(Assistant.ADVISOR_PAYLOAD))
                ? Kind.NOT_SURE : Kind.ASKED_SITUATION;
        return new BotOutcome(kind, answer.text(), answer.citations().stream().map(Citation::sourceId).toList(),
                answer.confidence());
    }

    static BotOutcome of(Decision decision) {
        return new BotOutcome(Kind.NOT_A_QUESTION, decision.getClass().getSimpleName(), List.of(), Double.NaN);
    }

    boolean isKnowledgeAnswer() {
        return kind != Kind.NOT_A_QUESTION;
    }

    /** An answer or a question about the situation, citing one of these documents. */
    boolean citesOneOf(Set<String> sourceIds) {
        return (kind == Kind.ANSWERED || kind == Kind.ASKED_SITUATION) && citedSourceIds.stream().anyMatch(sourceIds::contains);
    }

    /** The document the composer relied on (the best passage's) is one of these; also when it was not sure. */
    boolean reliedOnOneOf(Set<String> sourceIds) {
        return !citedSourceIds.isEmpty() && sourceIds.contains(citedSourceIds.get(0));
    }

    String reliedOn() {
        return citedSourceIds.isEmpty() ? "none" : citedSourceIds.get(0);
    }
}
