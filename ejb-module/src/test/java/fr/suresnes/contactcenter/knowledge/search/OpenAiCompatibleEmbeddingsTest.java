package fr.suresnes.contactcenter.knowledge.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiCompatibleEmbeddingsTest {

    private static final String MODEL = "BAAI/bge-m3";

    private final LoopbackEmbeddingsServer server = LoopbackEmbeddingsServer.answering(Concepts::of);

    @AfterEach
    void close() {
        server.close();
    }

    @Test
    void sendsTheModelAndTheTextsAndReadsOneVectorPerTextInOrder() {
        List<String> texts = List.of("Se pacser", "Passeport", "Cimetière");

        float[][] vectors = embeddings(null, 32).embed(texts);

        assertEquals(List.of(new LoopbackEmbeddingsServer.Request(null, MODEL, texts)), server.requests());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(Concepts.of(texts.get(i)), vectors[i], "vector of " + texts.get(i));
        }
    }

    @Test
    void sendsTheApiKeyAsABearerTokenWhenOneIsSet() {
        embeddings("s3cret", 32).embed(List.of("passeport"));
        embeddings("  ", 32).embed(List.of("passeport"));

        assertEquals("Bearer s3cret", server.requests().get(0).authorization());
        assertNull(server.requests().get(1).authorization());
    }

    @Test
    void sendsAtMostOneBatchOfTextsPerRequest() {
        List<String> texts = List.of("a pacs", "b passeport", "c cimetière", "d photo", "e voyage");

        float[][] vectors = embeddings(null, 2).embed(texts);

        assertEquals(List.of(texts.subList(0, 2), texts.subList(2, 4), texts.subList(4, 5)),
                server.requests().stream().map(LoopbackEmbeddingsServer.Request::input).toList());
        assertArrayEquals(Concepts.of("e voyage"), vectors[4]);
    }

    @Test
    void asksNothingForNoText() {
        assertEquals(0, embeddings(null, 32).embed(List.of()).length);
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void acceptsTheFullEndpointAsBaseUrl() {
        new OpenAiCompatibleEmbeddings(URI.create(server.baseUrl() + "/embeddings/"), MODEL, null,
                Duration.ofSeconds(5), 32).embed(List.of("passeport"));

        assertEquals(1, server.requests().size());
    }

    @Test
    void reportsTheHttpStatusAndTheServiceMessage() {
        server.failWith(401, "{\"error\":{\"message\":\"Invalid API key\",\"type\":\"invalid_request_error\"}}");

        EmbeddingsException refused = assertThrows(EmbeddingsException.class,
                () -> embeddings("wrong-key", 32).embed(List.of("passeport")));

        assertTrue(refused.getMessage().contains("HTTP 401: Invalid API key"), refused.getMessage());
        assertFalse(refused.getMessage().contains("wrong-key"), refused.getMessage());
    }

    @Test
    void reportsAServiceThatDoesNotAnswerInTime() {
        server.hang();
        OpenAiCompatibleEmbeddings impatient = new OpenAiCompatibleEmbeddings(server.baseUrl(), MODEL, null,
                Duration.ofMillis(300), 32);

        EmbeddingsException timedOut = assertThrows(EmbeddingsException.class,
                () -> impatient.embed(List.of("passeport")));

        assertTrue(timedOut.getMessage().contains("did not answer within 300 ms"), timedOut.getMessage());
    }

    @Test
    void reportsAnUnreachableService() {
        URI gone = server.baseUrl();
        server.close();

        EmbeddingsException unreachable = assertThrows(EmbeddingsException.class,
                () -> new OpenAiCompatibleEmbeddings(gone, MODEL, null, Duration.ofSeconds(2), 32)
                        .embed(List.of("passeport")));

        assertTrue(unreachable.getMessage().contains("unreachable"), unreachable.getMessage());
    }

    @Test
    void rejectsVectorsWhoseDimensionChangesBetweenBatches() {
        server.answerWith(text -> text.startsWith("long") ? new float[8] : Concepts.of(text));

        assertThrows(EmbeddingsException.class, () -> embeddings(null, 1).embed(List.of("short", "long")));
    }

    private OpenAiCompatibleEmbeddings embeddings(String apiKey, int batchSize) {
        return new OpenAiCompatibleEmbeddings(server.baseUrl(), MODEL, apiKey, Duration.ofSeconds(5), batchSize);
    }
}
