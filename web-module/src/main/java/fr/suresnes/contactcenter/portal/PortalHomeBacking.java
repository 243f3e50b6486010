package fr.suresnes.contactcenter.portal;

import fr.suresnes.contactcenter.agent.boundary.Agents;
import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.agent.entity.AgentPresence;
import fr.suresnes.contactcenter.assist.control.RequestSummary;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.handoff.boundary.Handoffs;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.util.List;
import java.util.Map;

/**
 * The portal's home page: who is logged in and their presence, the conversations they hold, and what waits in the
 * queues, reloaded at each request, so that the page's push-triggered refreshes show the queues as they are.
 */
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
    private List<Conversation> held;

    @PostConstruct
    void load() {
        agent = agents.enroll(username());
        waitingByQueue = handoffs.waitingByQueue();
        waiting = handoffs.waiting();
        held = handoffs.heldBy(username());
    }

    public void changePresence(AgentPresence presence) {
        agent = agents.changePresence(username(), presence);
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

    public List<Conversation> getHeld() {
        return held;
    }

    public String summary(Conversation conversation) {
        return RequestSummary.of(conversation.getMessages()).oneLine();
    }

    private String username() {
        return security.getCallerPrincipal().getName();
    }
}
