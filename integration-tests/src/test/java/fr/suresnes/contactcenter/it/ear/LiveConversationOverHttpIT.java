package fr.suresnes.contactcenter.it.ear;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A citizen follows their conversation live (server-sent events) while it goes to a person: the transcript first,
 * then the state changes and the agent's reply as they are committed. Only the conversation's own token opens the
 * stream, and only the agent who holds a conversation answers in it.
 */
class LiveConversationOverHttpIT extends PackagedEarClient {

    private static final String AGENT1 = Http.basic("agent1", TestServer.PASSWORD);
    private static final String AGENT2 = Http.basic("agent2", TestServer.PASSWORD);

    Http http;

    @BeforeEach
    void client() {
        http = new Http(application());
    }

    @Test
    void theCitizenSeesTheHandoffAndTheAgentsReplyLive() throws Exception {
        JsonObject opened = Http.object(http.postJson("/api/conversations", "{}"));
        long id = opened.getJsonNumber("id").longValue();
        String bearer = "Bearer " + opened.getString("accessToken");
        HttpResponse<Stream<String>> stream = http.lines("/api/conversations/" + id + "/events", "Authorization", bearer);
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readEvents(stream.body().iterator(), events));
        reader.setDaemon(true);
        reader.start();
        try {
            Event greeting = next(events, "message");
            assertEquals("BOT", greeting.data().getString("author"), "the transcript comes first");
            assertEquals("BOT", next(events, "state").data().getString("state"));

            http.postJson("/api/conversations/" + id + "/handoff", "{}", "Authorization", bearer);
            assertEquals("WAITING_FOR_AGENT", next(events, "state").data().getString("state"));

            HttpResponse<String> claimed = http.postJson("/api/agent/conversations/" + id + "/claim", "{}", "Authorization", AGENT1);
            HttpResponse<String> claimedAgain = http.postJson("/api/agent/conversations/" + id + "/claim", "{}", "Authorization", AGENT2);
            assertEquals(204, claimed.statusCode(), claimed.body());
            assertEquals(409, claimedAgain.statusCode(), "one agent only");
            assertEquals("WITH_AGENT", next(events, "state").data().getString("state"));

            HttpResponse<String> notTheirs = http.postJson("/api/agent/conversations/" + id + "/messages",
                    "{\"text\":\"Je m'en occupe.\"}", "Authorization", AGENT2);
            HttpResponse<String> replied = http.postJson("/api/agent/conversations/" + id + "/messages",
                    "{\"text\":\"Bonjour, je regarde votre demande.\"}", "Authorization", AGENT1);
            assertEquals(409, notTheirs.statusCode(), notTheirs.body());
            assertEquals(201, replied.statusCode(), replied.body());

            Event reply = nextFromAuthor(events, "AGENT");
            assertEquals("Bonjour, je regarde votre demande.", reply.data().getString("text"));
            assertEquals(Http.object(replied).getJsonNumber("id").longValue(), reply.data().getJsonNumber("id").longValue());
        } finally {
            reader.interrupt();
            stream.body().close();
        }
    }

    @Test
    void anotherCitizensTokenOpensNoStreamAndCitizensCannotClaim() throws Exception {
        JsonObject mine = Http.object(http.postJson("/api/conversations", "{}"));
        JsonObject theirs = Http.object(http.postJson("/api/conversations", "{}"));

        HttpResponse<String> stream = http.get("/api/conversations/" + theirs.getInt("id") + "/events",
                "Authorization", "Bearer " + mine.getString("accessToken"));
        HttpResponse<String> claim = http.postJson("/api/agent/conversations/" + theirs.getInt("id") + "/claim", "{}",
                "Authorization", "Bearer " + mine.getString("accessToken"));

        assertEquals(404, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, claim.statusCode());
    }

    private record Event(String name, JsonObject data) {
    }

    private static void readEvents(Iterator<String> lines, BlockingQueue<Event> events) {
        String name = null;
        List<String> data = new ArrayList<>();
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.add(line.substring(5).strip());
            } else if (line.isEmpty() && name != null) {
                events.add(new Event(name, Json.createReader(new StringReader(String.join("\n", data))).readObject()));
                name = null;
                data.clear();
            }
        }
    }

    private static Event next(BlockingQueue<Event> events, String name) throws InterruptedException {
        while (true) {
            Event event = events.poll(20, TimeUnit.SECONDS);
            assertNotNull(event, "no " + name + " event within 20 s");
            if (event.name().equals(name)) {
                return event;
            }
        }
    }

    private static Event nextFromAuthor(BlockingQueue<Event> events, String author) throws InterruptedException {
        while (true) {
            Event message = next(events, "message");
            if (message.data().getString("author").equals(author)) {
                return message;
            }
        }
    }
}
