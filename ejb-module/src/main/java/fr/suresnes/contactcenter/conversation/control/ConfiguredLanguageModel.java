package fr.suresnes.contactcenter.conversation.control;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import fr.suresnes.contactcenter.conversation.answer.AnswerComposer;
import fr.suresnes.contactcenter.conversation.answer.AnswerRequest;
import fr.suresnes.contactcenter.conversation.answer.ChatCompletionsComposer;
import fr.suresnes.contactcenter.conversation.answer.ComposedAnswer;
import fr.suresnes.contactcenter.conversation.answer.Extractive;
import fr.suresnes.contactcenter.platform.http.ServiceSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The language model of {@code assistant.llm.*}, if one is configured, with the extractive composer as its
 * fallback.
 * <p>
 * Calls are guarded: one that takes longer than {@code assistant.llm.timeout-seconds} is abandoned (the Timeout
 * value is bound to that key in microprofile-config.properties); once most recent calls failed, calls fail at once
 * for a minute instead of making every citizen wait for a service that is down; whatever fails, the extractive
 * composer answers.
 */
@ApplicationScoped
public class ConfiguredLanguageModel {

    @Inject
    @Extractive
    AnswerComposer extractive;

    @Inject
    @ConfigProperty(name = "assistant.llm.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "assistant.llm.model")
    Optional<String> model;

    @Inject
    @ConfigProperty(name = "assistant.llm.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "assistant.llm.timeout-seconds")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "assistant.llm.max-tokens")
    int maxTokens;

    @Inject
    @ConfigProperty(name = "assistant.llm.passage-budget-chars")
    int passageBudgetChars;

    private ChatCompletionsComposer languageModel;

    @PostConstruct
    void connect() {
        ServiceSettings.of("assistant.llm", url, model, apiKey, timeoutSeconds).ifPresent(service ->
                languageModel = new ChatCompletionsComposer(service.url(), service.model(), service.apiKey(),
                        service.timeout(), maxTokens, passageBudgetChars, extractive));
    }

    /** The composer's name, such as {@code llm:mistral-small}, when a language model is configured. */
    public Optional<String> name() {
        return Optional.ofNullable(languageModel).map(ChatCompletionsComposer::name);
    }

    /** Only when {@link #name()} is present. */
    @Timeout(value = 8, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 1, delayUnit = ChronoUnit.MINUTES)
    @Fallback(WithoutLanguageModel.class)
    public ComposedAnswer compose(AnswerRequest request) {
        return languageModel.composeOrFail(request);
    }

    ComposedAnswer composeWithoutModel(AnswerRequest request, Throwable failure) {
        return languageModel.composeWithoutModel(request, failure);
    }
}
