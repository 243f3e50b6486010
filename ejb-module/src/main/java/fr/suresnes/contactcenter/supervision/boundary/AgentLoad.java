package fr.suresnes.contactcenter.supervision.boundary;

import fr.suresnes.contactcenter.agent.entity.AgentPresence;

import java.time.Instant;

/** An agent right now: their presence, since when, and how many conversations they hold. */
public record AgentLoad(String username, String displayName, AgentPresence presence, Instant presenceSince, long held) {
}
