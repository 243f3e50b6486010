package fr.suresnes.contactcenter.agent.entity;

public enum AgentPresence {
    AVAILABLE,
    BUSY,
    AWAY,
    OFFLINE
}
