package fr.suresnes.contactcenter.it.ear;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The spoken messages of a browser voice conversation, made by espeak-ng on the server (the test server runs with
 * speech.synthesis.engine=espeak-ng): WAV at the browser's rate or at 8 kHz, and only for the caller's conversation.
 */
class SpeechOverHttpIT extends PackagedEarClient {

    Http http;

    @BeforeEach
    void client() throws Exception {
        http = new Http(application());
        TestServer.awaitDemoCorpus(http.base());
    }

    @Test
    void theBotsAnswerIsSpokenAsWavAtTheRateAskedFor() throws Exception {
        Conversation mine = open();
        long answer = lastBotMessage(mine, "comment refaire mon passeport");

        HttpResponse<byte[]> browser = speechOf(mine, answer, "");
        HttpResponse<byte[]> telephone = speechOf(mine, answer, "?format=telephone");

        assertEquals(200, browser.statusCode(), new String(browser.body(), StandardCharsets.UTF_8));
        assertEquals("audio/wav", browser.headers().firstValue("Content-Type").orElseThrow());
        assertWav(browser.body(), 22050);
        assertEquals(200, telephone.statusCode(), new String(telephone.body(), StandardCharsets.UTF_8));
        assertWav(telephone.body(), 8000);
        assertTrue(telephone.body().length < browser.body().length, "8 kHz is smaller than 22,050 Hz");
    }

    @Test
    void anotherConversationsMessageIsNotFound() throws Exception {
        Conversation mine = open();
        Conversation someoneElses = open();
        long theirAnswer = lastBotMessage(someoneElses, "bonjour");

        HttpResponse<byte[]> throughMine = http.getBytes("/api/conversations/" + mine.id() + "/messages/" + theirAnswer
                + "/speech", "Authorization", mine.bearer());
        HttpResponse<byte[]> withMyToken = http.getBytes("/api/conversations/" + someoneElses.id() + "/messages/"
                + theirAnswer + "/speech", "Authorization", mine.bearer());
        HttpResponse<byte[]> withoutToken = http.getBytes("/api/conversations/" + someoneElses.id() + "/messages/"
                + theirAnswer + "/speech");

        for (HttpResponse<byte[]> refused : List.of(throughMine, withMyToken, withoutToken)) {
            assertEquals(404, refused.statusCode());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElseThrow());
        }
    }

    @Test
    void anUnknownFormatIsRefused() throws Exception {
        Conversation mine = open();
        long greeting = lastBotMessage(mine, "bonjour");

        HttpResponse<byte[]> refused = speechOf(mine, greeting, "?format=mp3");

        assertEquals(400, refused.statusCode());
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("telephone"));
    }

    @Test
    void theSpeechOfAMessageIsDocumentedAsWav() throws Exception {
        JsonObject speech = Http.object(http.get("/openapi?format=JSON")).getJsonObject("paths")
                .getJsonObject("/api/conversations/{id}/messages/{messageId}/speech");

        assertNotNull(speech, "the speech endpoint is in the OpenAPI document");
        JsonObject responses = speech.getJsonObject("get").getJsonObject("responses");
        assertTrue(responses.getJsonObject("200").getJsonObject("content").containsKey("audio/wav"), responses.toString());
        assertTrue(responses.containsKey("503"), responses.toString());
    }

    private Conversation open() throws Exception {
        JsonObject opened = Http.object(http.postJson("/api/conversations", "{\"channel\":\"BROWSER_VOICE\"}"));
        return new Conversation(opened.getJsonNumber("id").longValue(), "Bearer " + opened.getString("accessToken"));
    }

    private long lastBotMessage(Conversation conversation, String question) throws Exception {
        HttpResponse<String> sent = http.postJson("/api/conversations/" + conversation.id() + "/messages",
                "{\"text\":\"" + question + "\"}", "Authorization", conversation.bearer());
        assertEquals(202, sent.statusCode(), sent.body());
        List<JsonObject> bot = Http.object(sent).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(message -> message.getString("author").equals("BOT")).toList();
        return bot.get(bot.size() - 1).getJsonNumber("id").longValue();
    }

    /** A WAV header (RIFF, WAVE, fmt) of 16-bit mono PCM at this rate, then some sound. */
    private static void assertWav(byte[] wav, int sampleRate) {
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("WAVE", new String(wav, 8, 4, StandardCharsets.US_ASCII));
        assertEquals(1, header.getShort(20), "PCM");
        assertEquals(1, header.getShort(22), "mono");
        assertEquals(sampleRate, header.getInt(24), "sample rate");
        assertEquals(16, header.getShort(34), "bits per sample");
        assertTrue(wav.length > 44 + sampleRate * 2, "more than a second of audio: " + wav.length + " bytes");
    }

    private record Conversation(long id, String bearer) {
    }

    private HttpResponse<byte[]> speechOf(Conversation conversation, long message, String query) throws Exception {
        return http.getBytes("/api/conversations/" + conversation.id() + "/messages/" + message + "/speech" + query,
                "Authorization", conversation.bearer());
    }
}
