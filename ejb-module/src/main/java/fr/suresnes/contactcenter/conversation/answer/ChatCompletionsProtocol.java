package fr.suresnes.contactcenter.conversation.answer;

import java.io.StringReader;

import fr.suresnes.contactcenter.platform.http.ServiceCallException;
import jakarta.json.Json;
import jakarta.json.JsonException;

/**
 * The JSON of the OpenAI chat-completions API ({@code POST /v1/chat/completions}), as Albert, Mistral, vLLM, Ollama
 * and others speak it: {@code {"model", "messages": [{"role", "content"}], "temperature", "max_tokens"}} answered by
 * {@code {"choices": [{"message": {"role": "assistant", "content"}}]}}.
 */
final class ChatCompletionsProtocol {

    /** Low: the answer should restate the passages, not vary on them. */
    static final double TEMPERATURE = 0.1;

    private ChatCompletionsProtocol() {
    }

    static String request(String model, ChatPrompt prompt, int maxTokens) {
        return Json.createObjectBuilder()
                .add("model", model)
                .add("messages", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("role", "system").add("content", prompt.system()))
                        .add(Json.createObjectBuilder().add("role", "user").add("content", prompt.user())))
                .add("temperature", TEMPERATURE)
                .add("max_tokens", maxTokens)
                .build().toString();
    }

    /** The text of the first choice of an answer. */
    static String content(String answer) {
        try {
            return Json.createReader(new StringReader(answer)).readObject()
                    .getJsonArray("choices").getJsonObject(0)
                    .getJsonObject("message").getString("content");
        } catch (JsonException | ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
            throw new ServiceCallException("Chat service gave an unreadable answer: " + e.getMessage(), e);
        }
    }
}
