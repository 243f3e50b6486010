package fr.suresnes.contactcenter.conversation.answer;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Matcher;

import fr.suresnes.contactcenter.platform.http.JsonEndpoint;
import fr.suresnes.contactcenter.platform.http.ServiceCallException;

/**
 * Answers written by a language model behind an OpenAI-compatible chat-completions API (Albert, Mistral, vLLM,
 * Ollama…), prompted with the numbered passages only, and kept only when {@link GroundingCheck} finds every fact of
 * the answer in the passages it cites. Otherwise the fallback composer answers, and its answer's composer says why,
 * such as {@code extractive (llm rejected: montant absent des sources (30 €))}.
 * <p>
 * An accepted answer cites the passages the model cited, its markers renumbered to follow its citations ([1] is the
 * first citation); it offers no choices, the fallback composer owns those; its confidence is the one the fallback
 * composer gives the same request, since both answer from the same passages, or {@link #DEFAULT_CONFIDENCE} when
 * the fallback fails. Thread-safe.
 */
public final class ChatCompletionsComposer implements AnswerComposer {

    /** The confidence of an accepted answer when the fallback composer gives none: grounded, but not calibrated. */
    public static final double DEFAULT_CONFIDENCE = 0.5;

    private static final Logger LOG = Logger.getLogger(ChatCompletionsComposer.class.getName());

    private final JsonEndpoint endpoint;
    private final String model;
    private final int maxTokens;
    private final int passageBudgetChars;
    private final AnswerComposer fallback;

    /**
     * @param baseUrl            the API root as the service documents it, such as {@code http://localhost:11434/v1}:
     *                           requests go to its {@code /chat/completions}
     * @param apiKey             sent as a bearer token; null or blank when the service needs none
     * @param timeout            for connecting, then for the answer
     * @param maxTokens          the longest answer the model may write
     * @param passageBudgetChars the most characters of passage text in a prompt
     * @param fallback           answers whenever the model's answer is not used
     */
    public ChatCompletionsComposer(URI baseUrl, String model, String apiKey, Duration timeout, int maxTokens,
                                   int passageBudgetChars, AnswerComposer fallback) {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("A chat model is required");
        }
        if (maxTokens < 1 || passageBudgetChars < 1) {
            throw new IllegalArgumentException("max tokens and passage budget must be positive: " + maxTokens
                    + ", " + passageBudgetChars);
        }
        this.endpoint = new JsonEndpoint("Chat service", baseUrl, "/chat/completions", apiKey, timeout);
        this.model = model.strip();
        this.maxTokens = maxTokens;
        this.passageBudgetChars = passageBudgetChars;
        this.fallback = fallback;
    }

    /** The model's answer if it is grounded, else the fallback composer's, whatever happens to the service. */
    @Override
    public ComposedAnswer compose(AnswerRequest request) {
        try {
            return composeOrFail(request);
        } catch (ServiceCallException e) {
            return composeWithoutModel(request, e);
        }
    }

    /**
     * As {@link #compose}, but a service that fails (unreachable, too slow, an HTTP error, an unreadable answer)
     * throws, for a fault-tolerance guard to count; an ungrounded answer still falls back.
     *
     * @throws ServiceCallException when the service failed
     */
    public ComposedAnswer composeOrFail(AnswerRequest request) {
        ChatPrompt prompt = ChatPrompt.of(request, passageBudgetChars);
        if (prompt.numbered().isEmpty()) {
            return fallBack(request, "llm not asked: aucun passage");
        }
        String answer = ChatCompletionsProtocol.content(
                endpoint.post(ChatCompletionsProtocol.request(model, prompt, maxTokens))).strip();
        Grounding grounding = GroundingCheck.check(answer, prompt.numbered());
        if (grounding.rejection().isPresent()) {
            LOG.info(() -> name() + " answer rejected: " + grounding.rejection().get());
            return fallBack(request, "llm rejected: " + grounding.rejection().get());
        }
        return new ComposedAnswer(renumbered(answer, prompt.numbered(), grounding.cited()),
                grounding.cited().stream().map(ChatCompletionsComposer::citation).toList(),
                confidenceOf(request), List.of(), name());
    }

    /** The fallback composer's answer, for when the service failed or is not called, such as when it timed out. */
    public ComposedAnswer composeWithoutModel(AnswerRequest request, Throwable failure) {
        LOG.warning(() -> name() + " unavailable, the fallback composer answers: " + failure);
        return fallBack(request, "llm unavailable");
    }

    @Override
    public String name() {
        return "llm:" + model;
    }

    @Override
    public String toString() {
        return "chat model " + model + " at " + endpoint;
    }

    private ComposedAnswer fallBack(AnswerRequest request, String why) {
        ComposedAnswer answer = fallback.compose(request);
        return new ComposedAnswer(answer.text(), answer.citations(), answer.confidence(), answer.choices(),
                answer.composer() + " (" + why + ")");
    }

    private double confidenceOf(AnswerRequest request) {
        try {
            return fallback.compose(request).confidence();
        } catch (RuntimeException e) {
            LOG.warning(() -> "The fallback composer could not rate an answer of " + name() + ": " + e);
            return DEFAULT_CONFIDENCE;
        }
    }

    /** [n] of the prompt's numbering becomes the position of that passage among the answer's citations. */
    private static String renumbered(String answer, List<CandidatePassage> numbered, List<CandidatePassage> cited) {
        Matcher citation = GroundingCheck.CITATION.matcher(answer);
        StringBuilder text = new StringBuilder();
        while (citation.find()) {
            StringBuilder replaced = new StringBuilder();
            for (String number : citation.group(1).split("\\s*[,;]\\s*")) {
                replaced.append('[').append(cited.indexOf(numbered.get(Integer.parseInt(number) - 1)) + 1).append(']');
            }
            citation.appendReplacement(text, Matcher.quoteReplacement(replaced.toString()));
        }
        return citation.appendTail(text).toString();
    }

    private static Citation citation(CandidatePassage passage) {
        return new Citation(passage.passageId(), passage.versionId(), passage.sourceId(), passage.title(),
                passage.section(), passage.url());
    }
}
