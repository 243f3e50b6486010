package fr.suresnes.contactcenter.platform.startup;

import fr.suresnes.contactcenter.hours.OpeningHours;
import fr.suresnes.contactcenter.voice.speech.ConfiguredSpeech;
import fr.suresnes.contactcenter.voice.speech.ConfiguredTranscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Reads the settings that application-scoped beans otherwise read at their first use, when the application starts:
 * opening hours, the speech engine or the transcription service that cannot be read stop the deployment with the
 * reason, instead of failing a citizen's request later.
 */
@ApplicationScoped
public class SettingsCheck {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    @Inject
    OpeningHours openingHours;

    @Inject
    ConfiguredSpeech speech;

    @Inject
    ConfiguredTranscription transcription;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object webModuleStarted) {
        LOG.info("Opening hours read, the center is " + (openingHours.openNow() ? "open" : "closed") + " now; speech "
                + (speech.audioOnServer() ? "made on the server" : "left to the callers' platforms") + ", transcribed "
                + (transcription.onServer() ? "on the server" : "by the callers' platforms"));
    }
}
