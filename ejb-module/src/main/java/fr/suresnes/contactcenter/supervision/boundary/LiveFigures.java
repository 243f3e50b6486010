package fr.suresnes.contactcenter.supervision.boundary;

import java.time.Instant;
import java.util.List;

/** The contact center at one instant: every queue with what waits in it, every agent with what they hold. */
public record LiveFigures(Instant at, List<QueueLoad> queues, List<AgentLoad> agents) {

    public long waiting() {
        return queues.stream().mapToLong(QueueLoad::waiting).sum();
    }
}
