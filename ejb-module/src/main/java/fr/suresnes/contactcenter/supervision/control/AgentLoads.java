package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.supervision.boundary.AgentLoad;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every agent, by user name, with their presence and the number of conversations they hold now. */
@Dependent
public class AgentLoads {

    private static final String HELD = "SELECT a.username, COUNT(c) FROM Conversation c JOIN c.assignedAgent a"
            + " WHERE c.state = fr.suresnes.contactcenter.conversation.entity.ConversationState.WITH_AGENT"
            + " GROUP BY a.username";

    @PersistenceContext
    EntityManager em;

    public List<AgentLoad> now() {
        Map<String, Long> held = new HashMap<>();
        for (Object[] row : em.createQuery(HELD, Object[].class).getResultList()) {
            held.put((String) row[0], ((Number) row[1]).longValue());
        }
        return em.createNamedQuery(Agent.FIND_ALL, Agent.class).getResultStream()
                .map(agent -> new AgentLoad(agent.getUsername(), agent.getDisplayName(), agent.getPresence(),
                        agent.getPresenceSince(), held.getOrDefault(agent.getUsername(), 0L)))
                .toList();
    }
}
