package fr.suresnes.contactcenter.conversation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record CitizenMessage(
        @NotBlank(message = "le message est vide")
        @Size(max = CitizenMessage.MAX_LENGTH, message = "le message dépasse " + CitizenMessage.MAX_LENGTH + " caractères")
        String text) {

    static final int MAX_LENGTH = 2000;
}
