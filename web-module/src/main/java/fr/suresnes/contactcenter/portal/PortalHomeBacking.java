package fr.suresnes.contactcenter.portal;

import fr.suresnes.contactcenter.agent.boundary.Agents;
import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.handoff.boundary.Handoffs;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.List;
import java.util.Map;

/** The portal's home page: who is logged in, and what waits in the queues. */
@Named
@RequestScoped
public class PortalHomeBacking {

    @Inject
    SecurityContext security;

    @Inject
    Agents agents;

    @Inject
    Handoffs handoffs;

    private Agent agent;
    private Map<ContactQueue, Long> waitingByQueue;
    private List<Conversation> waiting;

    @PostConstruct
    void load() {
        agent = agents.enroll(security.getCallerPrincipal().getName());
        waitingByQueue = handoffs.waitingByQueue();
        waiting = handoffs.waiting();
    }

    public Agent getAgent() {
        return agent;
    }

    public List<Map.Entry<ContactQueue, Long>> getQueues() {
        return List.copyOf(waitingByQueue.entrySet());
    }

    public List<Conversation> getWaiting() {
        return waiting;
    }

    public boolean isSupervisor() {
        return security.isCallerInRole("supervisor") || security.isCallerInRole("admin");
    }

    public String firstCitizenWords(Conversation conversation) {
        return conversation.getMessages().stream()
                .filter(m -> m.getAuthor() == MessageAuthor.CITIZEN)
                .map(m -> m.getBody().length() > 140 ? m.getBody().substring(0, 140) + "…" : m.getBody())
                .findFirst().orElse("");
    }
}
