package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.channel.entity.Channel;

import java.util.EnumMap;
import java.util.Map;

/** The channels as supervisors name them. */
final class ChannelLabels {

    private static final Map<Channel, String> LABELS = new EnumMap<>(Map.of(
            Channel.WEB_CHAT, "Discussion sur le site",
            Channel.REST_API, "Application (API)",
            Channel.BROWSER_VOICE, "Voix dans le navigateur",
            Channel.TELEPHONE, "Téléphone",
            Channel.EMAIL, "Courriel",
            Channel.POSTAL_MAIL, "Courrier postal",
            Channel.WALK_IN, "Accueil physique"));

    private ChannelLabels() {
    }

    static String of(Channel channel) {
        return LABELS.getOrDefault(channel, channel.name());
    }
}
