package fr.suresnes.contactcenter.conversation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import fr.suresnes.contactcenter.conversation.answer.AnswerComposer;
import fr.suresnes.contactcenter.conversation.answer.AnswerRequest;
import fr.suresnes.contactcenter.conversation.answer.ChatAnswers;
import fr.suresnes.contactcenter.conversation.answer.ComposedAnswer;
import fr.suresnes.contactcenter.conversation.answer.Passages;
import fr.suresnes.contactcenter.platform.http.LoopbackJsonServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wiring without a container: the guards of Fault Tolerance are the server's to apply. */
class ConfiguredAnswerComposerTest {

    private static final AnswerRequest QUESTION = new AnswerRequest("Combien coûte un passeport ?", List.of(),
            Passages.ALL);

    private final AnswerComposer extractive = new AnswerComposer() {
        @Override
        public ComposedAnswer compose(AnswerRequest request) {
            return new ComposedAnswer("Le timbre fiscal coûte 86 €.", List.of(), 0.8, List.of(), name());
        }

        @Override
        public String name() {
            return "extractive";
        }
    };
    private final LoopbackJsonServer server = LoopbackJsonServer.serving("/chat/completions",
            ChatAnswers.saying("Le timbre fiscal coûte 86 € [1]."));

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void answersWithTheExtractiveComposerWhenNoLanguageModelIsConfigured() {
        ConfiguredAnswerComposer composer = composer(Optional.of(" "), Optional.empty());

        assertEquals("extractive", composer.name());
        assertEquals("extractive", composer.compose(QUESTION).composer());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void answersWithTheConfiguredLanguageModel() {
        ConfiguredAnswerComposer composer = composer(Optional.of(server.baseUrl().toString()),
                Optional.of("albert-large"));

        assertEquals("llm:albert-large", composer.name());
        assertEquals("llm:albert-large", composer.compose(QUESTION).composer());
    }

    @Test
    void requiresAModelWithAUrl() {
        assertThrows(IllegalStateException.class,
                () -> composer(Optional.of(server.baseUrl().toString()), Optional.of("")));
    }

    private ConfiguredAnswerComposer composer(Optional<String> url, Optional<String> model) {
        ConfiguredLanguageModel languageModel = new ConfiguredLanguageModel();
        languageModel.extractive = extractive;
        languageModel.url = url;
        languageModel.model = model;
        languageModel.apiKey = Optional.empty();
        languageModel.timeoutSeconds = 8;
        languageModel.maxTokens = 400;
        languageModel.passageBudgetChars = 6000;
        languageModel.connect();
        ConfiguredAnswerComposer composer = new ConfiguredAnswerComposer();
        composer.extractive = extractive;
        composer.languageModel = languageModel;
        return composer;
    }
}
