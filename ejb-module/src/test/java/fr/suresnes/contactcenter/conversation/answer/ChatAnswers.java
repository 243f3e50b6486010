package fr.suresnes.contactcenter.conversation.answer;

import java.util.function.Function;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Answers of a chat-completions service, for a loopback server to give. */
public final class ChatAnswers {

    private ChatAnswers() {
    }

    /** A chat-completions answer whose message is {@code content}, as OpenAI, vLLM and Ollama write it. */
    public static Function<JsonObject, String> saying(String content) {
        return request -> Json.createObjectBuilder()
                .add("id", "chatcmpl-1").add("object", "chat.completion").add("model", request.getString("model"))
                .add("choices", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("index", 0).add("finish_reason", "stop")
                        .add("message", Json.createObjectBuilder().add("role", "assistant").add("content", content))))
                .add("usage", Json.createObjectBuilder().add("prompt_tokens", 900).add("completion_tokens", 40))
                .build().toString();
    }
}
