package fr.suresnes.contactcenter.it.ear;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A question the VoiceXML platform did not understand, recorded and transcribed on the server: the test server's
 * {@code speech.transcription.url} points at a service this test plays on loopback, speaking the OpenAI audio
 * transcriptions protocol (multipart form with the file, the model and the language; JSON {@code {"text"}} back).
 */
class CallRecordingOverHttpIT extends PackagedEarClient {

    private static final URI TRANSCRIPTION = URI.create(System.getProperty("it.transcription.url"));

    private Http http;
    private HttpServer transcriptionService;
    private final AtomicReference<byte[]> received = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void start() throws Exception {
        http = new Http(application());
        TestServer.awaitDemoCorpus(http.base());
        transcriptionService = HttpServer.create(new InetSocketAddress(TRANSCRIPTION.getHost(), TRANSCRIPTION.getPort()), 0);
        transcriptionService.createContext(TRANSCRIPTION.getPath() + "/audio/transcriptions", exchange -> {
            received.set(exchange.getRequestBody().readAllBytes());
            byte[] answer = (status.get() == 200 ? "{\"text\":\" comment refaire mon passeport \"}"
                    : "{\"error\":{\"message\":\"model overloaded\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        transcriptionService.start();
    }

    @AfterEach
    void stop() {
        transcriptionService.stop(0);
    }

    @Test
    void whatThePlatformDidNotUnderstandIsSentRecordedTranscribedAndAnswered() throws Exception {
        String callId = "it-" + UUID.randomUUID();
        VoiceXml greeting = vxml(http.postForm("/voice/vxml/start", Map.of("callId", callId)));
        Element question = greeting.form("question").orElseThrow();
        assertTrue(VoiceXml.elements(question, "property").stream().anyMatch(property ->
                property.getAttribute("name").equals("recordutterance") && property.getAttribute("value").equals("true")));
        Element sent = VoiceXml.elements(VoiceXml.elements(question, "nomatch").get(0), "submit").get(0);
        assertEquals("multipart/form-data", sent.getAttribute("enctype"));
        assertEquals("callId topic recording", sent.getAttribute("namelist"));
        byte[] recording = telephoneAudio();

        VoiceXml answered = vxml(http.postMultipart("/voice/vxml/turn", Map.of("callId", callId, "topic", ""),
                "recording", "utterance.wav", "audio/wav", recording));

        String heard = new String(received.get(), StandardCharsets.ISO_8859_1);
        assertTrue(heard.contains(new String(recording, StandardCharsets.ISO_8859_1)), "the recording, byte for byte");
        assertTrue(heard.contains("name=\"model\"\r\n\r\nwhisper-1") && heard.contains("name=\"language\"\r\n\r\nfr"),
                "the model and the language of the test server's configuration");
        assertTrue(answered.allPrompts().contains("majeur"),
                "the transcribed passport question gets the bot's question of the citizen's situation: "
                        + answered.allPrompts());
    }

    @Test
    void whenTheTranscriptionFailsTheCallerGetsTheMenu() throws Exception {
        String callId = "it-" + UUID.randomUUID();
        vxml(http.postForm("/voice/vxml/start", Map.of("callId", callId)));
        status.set(503);

        VoiceXml menu = vxml(http.postMultipart("/voice/vxml/turn", Map.of("callId", callId, "topic", ""),
                "recording", "utterance.wav", "audio/wav", telephoneAudio()));

        assertNotNull(received.get(), "the service was asked");
        assertTrue(menu.form("menu").isPresent() && menu.form("question").isEmpty(), menu.allPrompts());
        assertTrue(menu.allPrompts().contains("tapez zéro"), menu.allPrompts());
    }

    private static VoiceXml vxml(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return VoiceXml.valid(response.body());
    }

    /** half a second of a 440 Hz tone, as a gateway records: 8 kHz, 16 bits, mono WAV */
    private static byte[] telephoneAudio() throws Exception {
        AudioFormat format = new AudioFormat(8000, 16, 1, true, false);
        byte[] samples = new byte[8000];
        for (int i = 0; i < samples.length / 2; i++) {
            short value = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0));
            samples[2 * i] = (byte) value;
            samples[2 * i + 1] = (byte) (value >> 8);
        }
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(samples), format, samples.length / 2),
                AudioFileFormat.Type.WAVE, wav);
        return wav.toByteArray();
    }
}
