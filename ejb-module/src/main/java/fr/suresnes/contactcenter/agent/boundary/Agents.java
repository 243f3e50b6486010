package fr.suresnes.contactcenter.agent.boundary;

import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.agent.entity.AgentPresence;
import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Agents' working records. An agent's record is created at their first login, whatever realm authenticated them,
 * and serves every queue until a supervisor narrows their skills.
 */
@Stateless
public class Agents {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @RolesAllowed({"agent", "supervisor", "admin"})
    public Agent enroll(String username) {
        return find(username).orElseGet(() -> {
            Agent agent = new Agent(username, username);
            agent.setSkills(new HashSet<>(em.createNamedQuery(ContactQueue.FIND_ALL, ContactQueue.class).getResultList()));
            em.persist(agent);
            audit.record(username, "AGENT_ENROLLED", "Agent", username, null);
            return agent;
        });
    }

    @PermitAll
    public Optional<Agent> find(String username) {
        return em.createNamedQuery(Agent.FIND_BY_USERNAME, Agent.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @RolesAllowed({"agent", "supervisor", "admin"})
    public Agent changePresence(String username, AgentPresence presence) {
        Agent agent = find(username).orElseThrow(() -> new IllegalArgumentException("unknown agent " + username));
        agent.setPresence(presence);
        audit.record(username, "PRESENCE_CHANGED", "Agent", username, presence.name());
        return agent;
    }

    @RolesAllowed({"supervisor", "admin"})
    public Agent assignSkills(String username, Set<String> queueCodes, String assignedBy) {
        Agent agent = find(username).orElseThrow(() -> new IllegalArgumentException("unknown agent " + username));
        Set<ContactQueue> skills = new HashSet<>();
        for (String code : queueCodes) {
            skills.add(em.createNamedQuery(ContactQueue.FIND_BY_CODE, ContactQueue.class).setParameter("code", code)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown queue " + code)));
        }
        agent.setSkills(skills);
        audit.record(assignedBy, "SKILLS_ASSIGNED", "Agent", username, String.join(",", queueCodes));
        return agent;
    }

    /** The other agents, to whom this one can hand a conversation. */
    @RolesAllowed({"agent", "supervisor", "admin"})
    public List<Agent> colleaguesOf(String username) {
        return em.createNamedQuery(Agent.FIND_ALL, Agent.class).getResultStream()
                .filter(agent -> !agent.getUsername().equals(username)).toList();
    }

    @RolesAllowed({"supervisor", "admin"})
    public List<Agent> all() {
        return em.createNamedQuery(Agent.FIND_ALL, Agent.class).getResultList();
    }
}
