package fr.suresnes.contactcenter.agent.entity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AgentPresenceTest {

    @Test
    void everyPresenceHasAFrenchWord() {
        for (AgentPresence presence : AgentPresence.values()) {
            assertNotEquals(presence.name(), presence.label());
        }
        assertEquals("Disponible", AgentPresence.AVAILABLE.label());
    }
}
