package fr.suresnes.contactcenter.conversation.policy;

import java.util.regex.Pattern;

/** Compiles the policy's phrase patterns, written for {@link CitizenText normalized} messages. */
final class Patterns {

    private Patterns() {
    }

    /** Matches when one of the phrases occurs as whole words anywhere in the message. */
    static Pattern anyOf(String... phrases) {
        return Pattern.compile("\\b(?:" + String.join("|", phrases) + ")\\b");
    }
}
