package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.supervision.boundary.QueueLoad;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class WaitingConversationsTest {

    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void anEmptyQueueHasNoWaitingTime() {
        assertEquals(new QueueLoad("AUTRE", "Autre", 0, 0, null, null),
                new WaitingConversations().load("AUTRE", "Autre", NOW));
    }

    @Test
    void theLongestAndMeanWaitsAndTheUrgentCases() {
        WaitingConversations waiting = new WaitingConversations();
        waiting.add(NOW.minusSeconds(60), false);
        waiting.add(NOW.minusSeconds(600), true);
        waiting.add(NOW.minusSeconds(120), false);

        assertEquals(new QueueLoad("ELECTIONS", "Élections", 3, 1, Duration.ofMinutes(10), Duration.ofSeconds(260)),
                waiting.load("ELECTIONS", "Élections", NOW));
    }

    @Test
    void aWaitStartedAfterNowByAnotherClockCountsAsNoWait() {
        WaitingConversations waiting = new WaitingConversations();
        waiting.add(NOW.plusSeconds(2), false);

        assertEquals(Duration.ZERO, waiting.load("AUTRE", "Autre", NOW).longestWait());
    }
}
