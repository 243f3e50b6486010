package fr.suresnes.contactcenter.agent.entity;

/** Whether an agent can take conversations now, with the label the portal shows. */
public enum AgentPresence {
    AVAILABLE("Disponible"),
    BUSY("Occupé"),
    AWAY("Absent"),
    OFFLINE("Hors ligne");

    private final String label;

    AgentPresence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
