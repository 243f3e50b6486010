package fr.suresnes.contactcenter.voice.speech.rest;

import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import fr.suresnes.contactcenter.conversation.boundary.BotTurn;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.platform.rest.Problem;
import fr.suresnes.contactcenter.voice.speech.ConfiguredSpeech;
import fr.suresnes.contactcenter.voice.speech.Speech;
import fr.suresnes.contactcenter.voice.speech.SpeechFormat;
import fr.suresnes.contactcenter.voice.speech.SpeechSynthesisException;
import fr.suresnes.contactcenter.voice.spoken.SpokenAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * A message of a conversation as audio made by the server's speech engine, for clients that play it: WAV, or a
 * problem document when the server makes no audio (the client then speaks the text itself).
 */
@ApplicationScoped
public class MessageAudio {

    private static final Logger LOG = Logger.getLogger(MessageAudio.class.getName());

    /** the bot's citation markers, « [1] » or « [1, 2] », which the sources shown beside the text explain */
    private static final Pattern CITATION_MARKERS = Pattern.compile("\\s*\\[\\s*\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*\\s*]");

    @Inject
    ConfiguredSpeech speech;

    /** @param formatName {@code browser} or {@code telephone} */
    public Response of(Message message, String formatName) {
        SpeechFormat format;
        try {
            format = SpeechFormat.valueOf(formatName.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "Requête invalide",
                    "Le format audio est « browser » (navigateur) ou « telephone » (8 kHz).");
        }
        try {
            if (!(speech.speak(spoken(message), format) instanceof Speech.Audio audio)) {
                return unavailable("Le serveur ne produit pas d'audio : l'application lit elle-même le texte du"
                        + " message.");
            }
            CacheControl privately = new CacheControl();
            privately.setPrivate(true);
            privately.setMaxAge(86_400);
            return Response.ok(audio.wav(), SpeechFormat.MEDIA_TYPE).cacheControl(privately).build();
        } catch (SpeechSynthesisException | IllegalArgumentException e) {
            LOG.warning(() -> "Message " + message.getId() + " could not be spoken: " + e.getMessage());
            return unavailable("La synthèse vocale a échoué ; l'application peut lire elle-même le texte du message.");
        }
    }

    /**
     * The message written for the ear, as the callbot says it: the source named aloud, figures in words, no link.
     * The choices are left out: the browser shows them as buttons.
     */
    private static String spoken(Message message) {
        String text = CITATION_MARKERS.matcher(message.getBody()).replaceAll("");
        return SpokenAnswers.of(new BotTurn.Reply(text, List.of(), message.getSources())).text();
    }

    private static Response unavailable(String detail) {
        return Problem.response(Response.Status.SERVICE_UNAVAILABLE, "Synthèse vocale indisponible", detail);
    }
}
