package fr.suresnes.contactcenter.conversation.answer;

import static fr.suresnes.contactcenter.conversation.answer.Passages.ALL;
import static fr.suresnes.contactcenter.conversation.answer.Passages.DISTRESS;
import static fr.suresnes.contactcenter.conversation.answer.Passages.PASSPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import fr.suresnes.contactcenter.platform.http.LoopbackJsonServer;
import fr.suresnes.contactcenter.platform.http.ServiceCallException;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChatCompletionsComposerTest {

    private static final String MODEL = "mistral-small";
    private static final AnswerRequest PASSPORT_PRICE = new AnswerRequest("Combien coûte un passeport pour mon fils ?",
            List.of("Bonjour", "Bonjour, que puis-je pour vous ?"), ALL);
    private static final ComposedAnswer EXTRACTIVE = new ComposedAnswer(
            "Le timbre fiscal coûte 86 € pour un majeur et 42 euros pour un mineur de 15 ans et plus.",
            List.of(new Citation(11, 111, "suresnes-11", "Passeport", "Coût", "https://www.suresnes.fr/passeport")),
            0.72, List.of(new Choice("Majeur", "majeur"), new Choice("Mineur", "mineur")), "extractive");

    private final AnswerComposer fallback = new AnswerComposer() {
        @Override
        public ComposedAnswer compose(AnswerRequest request) {
            return EXTRACTIVE;
        }

        @Override
        public String name() {
            return "extractive";
        }
    };
    private final LoopbackJsonServer server = LoopbackJsonServer.serving("/chat/completions",
            ChatAnswers.saying("Pour un mineur de 15 ans et plus, le timbre fiscal coûte 42 € [1]."));

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void asksTheModelWithTheQuestionTheEarlierTurnsAndTheNumberedPassages() {
        composer(null).compose(PASSPORT_PRICE);

        JsonObject request = server.requests().get(0).body();
        assertEquals(MODEL, request.getString("model"));
        assertEquals(0.1, request.getJsonNumber("temperature").doubleValue());
        assertEquals(300, request.getInt("max_tokens"));
        JsonObject system = request.getJsonArray("messages").getJsonObject(0);
        JsonObject user = request.getJsonArray("messages").getJsonObject(1);
        assertEquals("system", system.getString("role"));
        assertTrue(system.getString("content").contains("uniquement à partir des passages numérotés"));
        assertEquals("user", user.getString("role"));
        String prompt = user.getString("content");
        assertTrue(prompt.contains("Question : Combien coûte un passeport pour mon fils ?"), prompt);
        assertTrue(prompt.contains("- Bonjour, que puis-je pour vous ?"), prompt);
        assertTrue(prompt.contains("[1] Passeport — Coût\nLe timbre fiscal coûte 86 €"), prompt);
        assertTrue(prompt.contains("[3] Numéros d'urgence\nEn cas de détresse"), prompt);
    }

    @Test
    void numbersOnlyThePassagesThatFitTheBudgetAndCutTheLast() {
        composer(null, Passages.PASSPORT.text().length() + 60).compose(PASSPORT_PRICE);

        String prompt = server.requests().get(0).body().getJsonArray("messages").getJsonObject(1)
                .getString("content");
        assertTrue(prompt.contains("[2] Encombrants"), prompt);
        assertTrue(prompt.contains("[…]"), prompt);
        assertFalse(prompt.contains("[3]"), prompt);
    }

    @Test
    void sendsTheApiKeyAsABearerTokenOnlyWhenOneIsSet() {
        composer("s3cret").compose(PASSPORT_PRICE);
        composer(" ").compose(PASSPORT_PRICE);

        assertEquals("Bearer s3cret", server.requests().get(0).authorization());
        assertNull(server.requests().get(1).authorization());
    }

    @Test
    void keepsAGroundedAnswerWithThePassagesItCites() {
        server.answerWith(ChatAnswers.saying("Appelez le 3114 [3]. Le timbre d'un passeport coûte 86 € [1, 3]."));

        ComposedAnswer answer = composer(null).compose(PASSPORT_PRICE);

        assertEquals("Appelez le 3114 [1]. Le timbre d'un passeport coûte 86 € [2][1].", answer.text());
        assertEquals(List.of(DISTRESS.passageId(), PASSPORT.passageId()),
                answer.citations().stream().map(Citation::passageId).toList());
        assertEquals(new Citation(11, 111, "suresnes-11", "Passeport", "Coût", "https://www.suresnes.fr/passeport"),
                answer.citations().get(1));
        assertEquals(EXTRACTIVE.confidence(), answer.confidence());
        assertEquals(List.of(), answer.choices());
        assertEquals("llm:" + MODEL, answer.composer());
    }

    @Test
    void ratesAGroundedAnswerWithTheDefaultConfidenceWhenTheFallbackCannot() {
        AnswerComposer failing = new AnswerComposer() {
            @Override
            public ComposedAnswer compose(AnswerRequest request) {
                throw new IllegalStateException("index not ready");
            }

            @Override
            public String name() {
                return "extractive";
            }
        };
        ComposedAnswer answer = new ChatCompletionsComposer(server.baseUrl(), MODEL, null, Duration.ofSeconds(5),
                300, 4000, failing).compose(PASSPORT_PRICE);

        assertEquals(ChatCompletionsComposer.DEFAULT_CONFIDENCE, answer.confidence());
    }

    @Test
    void letsTheFallbackAnswerWhenTheModelInventsAPrice() {
        server.answerWith(ChatAnswers.saying("Le timbre fiscal coûte 17 € pour un mineur [1]."));

        assertFallback("extractive (llm rejected: montant absent des sources (17 €))",
                composer(null).compose(PASSPORT_PRICE));
    }

    @Test
    void letsTheFallbackAnswerWhenTheModelInventsAPhoneNumber() {
        server.answerWith(ChatAnswers.saying("Appelez la mairie au 01 47 32 00 00 [1]."));

        assertFallback("extractive (llm rejected: numéro de téléphone absent des sources (0147320000))",
                composer(null).compose(PASSPORT_PRICE));
    }

    @Test
    void letsTheFallbackAnswerWhenTheModelInventsADeadline() {
        server.answerWith(ChatAnswers.saying("Votre passeport sera prêt sous 8 jours [1]."));

        assertFallback("extractive (llm rejected: délai absent des sources (8 jour))",
                composer(null).compose(PASSPORT_PRICE));
    }

    @Test
    void letsTheFallbackAnswerWhenTheModelCitesAPassageItWasNotGiven() {
        server.answerWith(ChatAnswers.saying("Le timbre fiscal coûte 42 € [7]."));

        assertFallback("extractive (llm rejected: source [7] inexistante)", composer(null).compose(PASSPORT_PRICE));
    }

    @Test
    void letsTheFallbackAnswerWhenTheModelCitesNothing() {
        server.answerWith(ChatAnswers.saying("Je ne sais pas."));

        assertFallback("extractive (llm rejected: aucune source citée)", composer(null).compose(PASSPORT_PRICE));
    }

    @Test
    void letsTheFallbackAnswerWhenTheServiceFails() {
        server.failWith(500, "{\"error\":{\"message\":\"CUDA out of memory\"}}");

        assertFallback("extractive (llm unavailable)", composer(null).compose(PASSPORT_PRICE));
        assertThrows(ServiceCallException.class, () -> composer(null).composeOrFail(PASSPORT_PRICE));
    }

    @Test
    void letsTheFallbackAnswerWhenTheServiceDoesNotAnswerInTime() {
        server.hang();
        ChatCompletionsComposer impatient = new ChatCompletionsComposer(server.baseUrl(), MODEL, null,
                Duration.ofMillis(300), 300, 4000, fallback);

        assertFallback("extractive (llm unavailable)", impatient.compose(PASSPORT_PRICE));
    }

    @Test
    void letsTheFallbackAnswerWhenTheServiceAnswersMalformedJson() {
        server.answerWith(request -> "{\"choices\":[{\"message\":{\"role\":\"assistant\"}}]");

        assertFallback("extractive (llm unavailable)", composer(null).compose(PASSPORT_PRICE));
        server.answerWith(request -> "{\"choices\":[]}");
        assertFallback("extractive (llm unavailable)", composer(null).compose(PASSPORT_PRICE));
    }

    @Test
    void doesNotAskTheModelWithoutPassages() {
        ComposedAnswer answer = composer(null).compose(new AnswerRequest("Bonjour", List.of(), List.of()));

        assertTrue(server.requests().isEmpty());
        assertEquals("extractive (llm not asked: aucun passage)", answer.composer());
    }

    private void assertFallback(String composer, ComposedAnswer answer) {
        assertEquals(new ComposedAnswer(EXTRACTIVE.text(), EXTRACTIVE.citations(), EXTRACTIVE.confidence(),
                EXTRACTIVE.choices(), composer), answer);
    }

    private ChatCompletionsComposer composer(String apiKey) {
        return composer(apiKey, 4000);
    }

    private ChatCompletionsComposer composer(String apiKey, int passageBudgetChars) {
        return new ChatCompletionsComposer(server.baseUrl(), MODEL, apiKey, Duration.ofSeconds(5), 300,
                passageBudgetChars, fallback);
    }
}
