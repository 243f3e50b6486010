package fr.suresnes.contactcenter.platform.http;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where an OpenAI-compatible service is and how to call it, from a family of configuration keys
 * ({@code <prefix>.url}, {@code .model}, {@code .api-key}, {@code .timeout-seconds}). A blank URL means the service
 * is off; a URL without a model is a configuration error. The API key never appears in {@link #toString()}.
 */
public record ServiceSettings(URI url, String model, String apiKey, Duration timeout) {

    public static Optional<ServiceSettings> of(String prefix, Optional<String> url, Optional<String> model,
                                               Optional<String> apiKey, int timeoutSeconds) {
        if (url.filter(value -> !value.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        String modelName = model.filter(value -> !value.isBlank()).orElseThrow(() -> new IllegalStateException(
                prefix + ".model is required when " + prefix + ".url is set"));
        return Optional.of(new ServiceSettings(URI.create(url.get().strip()), modelName, apiKey.orElse(null),
                Duration.ofSeconds(timeoutSeconds)));
    }

    @Override
    public String toString() {
        return model + " at " + url;
    }
}
