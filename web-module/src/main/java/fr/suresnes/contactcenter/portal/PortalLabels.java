package fr.suresnes.contactcenter.portal;

import fr.suresnes.contactcenter.citizen.control.PhoneNumbers;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The French words the portal shows for states, authors, waiting times and phone numbers. */
@Named("labels")
@ApplicationScoped
public class PortalLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    public String state(ConversationState state) {
        return switch (state) {
            case BOT -> "Avec l'assistant automatique";
            case WAITING_FOR_AGENT -> "En attente d'un conseiller";
            case WITH_AGENT -> "Avec un conseiller";
            case CLOSED -> "Close";
        };
    }

    public String author(MessageAuthor author) {
        return switch (author) {
            case CITIZEN -> "Usager";
            case BOT -> "Assistant";
            case AGENT -> "Conseiller";
            case SYSTEM -> "Centre de contacts";
        };
    }

    /** « 3 min », « 1 h 05 » */
    public String since(Instant start) {
        if (start == null) {
            return "";
        }
        long minutes = Math.max(0, Duration.between(start, Instant.now()).toMinutes());
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format("%02d", minutes % 60);
    }

    /** « 04/12 23:10 », in the city's time zone */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** « 04/12/2026 23:10 », in the city's time zone */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** « 06 12 34 56 78 » */
    public String phone(String e164) {
        return e164 == null ? "" : PhoneNumbers.display(e164);
    }

    /** Only web links are shown as links: a source's address never runs a script. */
    public boolean isWebLink(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://"));
    }
}
