package fr.suresnes.contactcenter.conversation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The text of a message a citizen or an agent writes. */
public record MessageText(
        @NotBlank(message = "le message est vide")
        @Size(max = MessageText.MAX_LENGTH, message = "le message dépasse " + MessageText.MAX_LENGTH + " caractères")
        String text) {

    static final int MAX_LENGTH = 2000;
}
