package fr.suresnes.contactcenter.voice.speech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The text-to-speech engine of {@code speech.synthesis.*}: the caller's platform by default, or espeak-ng on the
 * server when it is configured and its program is installed. Server-made audio is cached.
 */
@ApplicationScoped
public class ConfiguredSpeech {

    static final String PLATFORM = "platform";
    static final String ESPEAK_NG = "espeak-ng";

    private static final Logger LOG = Logger.getLogger(ConfiguredSpeech.class.getName());

    @Inject
    @ConfigProperty(name = "speech.synthesis.engine")
    String engineName;

    @Inject
    @ConfigProperty(name = "speech.synthesis.espeak-ng.path")
    String espeakPath;

    @Inject
    @ConfigProperty(name = "speech.synthesis.voice")
    String voice;

    @Inject
    @ConfigProperty(name = "speech.synthesis.rate")
    int wordsPerMinute;

    @Inject
    @ConfigProperty(name = "speech.synthesis.timeout-seconds")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "speech.synthesis.max-chars")
    int maxChars;

    @Inject
    @ConfigProperty(name = "speech.synthesis.max-processes")
    int maxProcesses;

    @Inject
    @ConfigProperty(name = "speech.synthesis.cache-bytes")
    long cacheBytes;

    private final TextToSpeech platform = new SpokenByPlatform();
    private EspeakNgSpeech serverEngine;
    private AudioCache cache;

    @PostConstruct
    void start() {
        cache = new AudioCache(cacheBytes);
        switch (engineName.strip()) {
            case PLATFORM -> LOG.info("Speech is synthesised by the callers' platforms");
            case ESPEAK_NG -> startEspeakNg(Path.of(espeakPath.strip()));
            default -> throw new IllegalStateException("speech.synthesis.engine must be " + PLATFORM + " or "
                    + ESPEAK_NG + ", not " + engineName);
        }
    }

    /** Whether {@link #speak} makes audio; if not, it gives SSML for the caller's platform. */
    public boolean audioOnServer() {
        return serverEngine != null;
    }

    /** @throws SpeechSynthesisException when the engine failed */
    public Speech speak(String text, SpeechFormat format) {
        if (!audioOnServer()) {
            return platform.speak(text, format);
        }
        return new Speech.Audio(cache.get(new AudioCache.Key(text, serverEngine.toString(), format),
                () -> serverEngine.audio(text, format)));
    }

    private void startEspeakNg(Path binary) {
        if (!Files.isExecutable(binary)) {
            LOG.warning(() -> "speech.synthesis.engine is " + ESPEAK_NG + " but " + binary
                    + " is not an installed program (Debian package espeak-ng): the callers' platforms speak instead");
            return;
        }
        serverEngine = new EspeakNgSpeech(binary, voice.strip(), wordsPerMinute, Duration.ofSeconds(timeoutSeconds),
                maxChars, maxProcesses);
        LOG.info(() -> "Speech is synthesised on the server by " + serverEngine);
    }
}
