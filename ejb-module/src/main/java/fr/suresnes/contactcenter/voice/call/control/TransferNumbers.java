package fr.suresnes.contactcenter.voice.call.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The telephone number a call is put through to for a person: {@code callbot.transfer-number.<QUEUE_CODE>} when the
 * queue has its own line, else {@code callbot.transfer-number} (microprofile-config.properties documents both).
 */
@ApplicationScoped
public class TransferNumbers {

    static final String KEY = "callbot.transfer-number";

    @Inject
    @ConfigProperty(name = KEY)
    String cityLine;

    @Inject
    Config config;

    public String forQueue(String queueCode) {
        return config.getOptionalValue(KEY + "." + queueCode, String.class).filter(number -> !number.isBlank())
                .orElse(cityLine);
    }
}
