package fr.suresnes.contactcenter.portal;

import fr.suresnes.contactcenter.agent.boundary.Agents;
import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.assist.boundary.AgentAssist;
import fr.suresnes.contactcenter.assist.boundary.AssistPanel;
import fr.suresnes.contactcenter.assist.boundary.CannedResponses;
import fr.suresnes.contactcenter.assist.control.ReplyDraft;
import fr.suresnes.contactcenter.assist.entity.CannedResponse;
import fr.suresnes.contactcenter.conversation.answer.Citation;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.ConversationState;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.handoff.boundary.HandoffRefusedException;
import fr.suresnes.contactcenter.handoff.boundary.Handoffs;
import fr.suresnes.contactcenter.handoff.boundary.NotHeldException;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import fr.suresnes.contactcenter.handoff.entity.WrapUpCode;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeSearch;
import fr.suresnes.contactcenter.knowledge.search.SearchHit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One conversation as an agent works on it: the transcript, taking it, replying, transferring, handing it back to the
 * bot and closing it, with the AI assist, the canned responses and the knowledge search beside it. The Handoffs
 * boundary decides whether the agent may act; this bean turns its refusals into French messages.
 */
@Named
@ViewScoped
public class ConversationBacking implements Serializable {

    static final int SEARCH_HITS = 5;

    @Inject
    transient Handoffs handoffs;

    @Inject
    transient Agents agents;

    @Inject
    transient AgentAssist assist;

    @Inject
    transient CannedResponses cannedResponses;

    @Inject
    transient KnowledgeSearch knowledge;

    @Inject
    transient SecurityContext security;

    private Long id;
    private String reply = "";
    private String queueCode;
    private String colleague;
    private String wrapUpCode;
    private String note = "";
    private String query = "";

    private transient Conversation conversation;
    private transient AssistPanel panel;
    private transient List<SearchHit> hits = List.of();
    private transient List<CannedResponse> canned;
    private transient List<ContactQueue> queues;
    private transient List<Agent> colleagues;
    private transient List<WrapUpCode> wrapUpCodes;

    /** On opening the page, and whenever the conversation changed (pushed) or the agent acted. */
    public void refresh() {
        agents.enroll(username());
        conversation = id == null ? null : handoffs.conversation(id).orElse(null);
        panel = conversation == null ? null : assist.panel(id).orElse(null);
        if (conversation == null) {
            Notices.warn("Conversation introuvable.");
        }
        canned = cannedResponses.all();
        queues = handoffs.queues();
        colleagues = agents.colleaguesOf(username());
        wrapUpCodes = handoffs.wrapUpCodes();
    }

    public void claim() {
        if (handoffs.claim(id, username())) {
            Notices.inform("Vous avez pris la conversation : l'usager en est informé.");
        } else {
            Notices.warn("Cette conversation n'attend plus de conseiller : un collègue l'a prise, ou elle a été close.");
        }
        refresh();
    }

    public void send() {
        if (act(() -> handoffs.reply(id, username(), reply.strip()), "Réponse envoyée à l'usager.")) {
            reply = "";
        }
    }

    public void transferToQueue() {
        act(() -> handoffs.transferToQueue(id, username(), queueCode), "Conversation transférée dans la file choisie.");
    }

    public void transferToColleague() {
        act(() -> handoffs.transferToAgent(id, username(), colleague), "Conversation confiée à votre collègue.");
    }

    public void handBack() {
        act(() -> handoffs.handBackToBot(id, username()), "L'assistant automatique reprend la conversation.");
    }

    public void close() {
        if (act(() -> handoffs.close(id, username(), wrapUpCode, note), "Conversation close.")) {
            note = "";
        }
    }

    public void search() {
        hits = query == null || query.isBlank() ? List.of() : knowledge.search(query, SEARCH_HITS, true).hits();
    }

    /** What « Insérer » puts in the reply: the draft, then each source it quotes, so that the citizen gets them too. */
    public String insertable(ReplyDraft draft) {
        String sources = draft.sources().stream().map(Citation::url).filter(url -> url != null && !url.isBlank())
                .distinct().map(url -> "Source : " + url).collect(Collectors.joining("\n"));
        return sources.isEmpty() ? draft.text() : draft.text() + "\n\n" + sources;
    }

    public String insertable(SearchHit hit) {
        return hit.url() == null ? "« " + hit.title() + " »" : "« " + hit.title() + " » : " + hit.url();
    }

    private boolean act(Runnable action, String done) {
        try {
            action.run();
            Notices.inform(done);
            return true;
        } catch (NotHeldException notHeld) {
            Notices.warn("Vous ne tenez pas cette conversation : prenez-la d'abord, ou un collègue l'a reprise.");
            return false;
        } catch (HandoffRefusedException refused) {
            Notices.warn(refused.getMessage());
            return false;
        } finally {
            refresh();
        }
    }

    public boolean isHeldByMe() {
        return conversation != null && conversation.getState() == ConversationState.WITH_AGENT
                && conversation.getAssignedAgent() != null
                && conversation.getAssignedAgent().getUsername().equals(username());
    }

    public boolean isWaiting() {
        return conversation != null && conversation.getState() == ConversationState.WAITING_FOR_AGENT;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public List<Message> getTranscript() {
        return conversation == null ? List.of() : conversation.getMessages();
    }

    public AssistPanel getPanel() {
        return panel;
    }

    public List<SearchHit> getHits() {
        return hits;
    }

    public List<CannedResponse> getCannedResponses() {
        return canned;
    }

    public List<ContactQueue> getQueues() {
        return queues;
    }

    public List<Agent> getColleagues() {
        return colleagues;
    }

    public List<WrapUpCode> getWrapUpCodes() {
        return wrapUpCodes;
    }

    private String username() {
        return security.getCallerPrincipal().getName();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply == null ? "" : reply;
    }

    public String getQueueCode() {
        return queueCode;
    }

    public void setQueueCode(String queueCode) {
        this.queueCode = queueCode;
    }

    public String getColleague() {
        return colleague;
    }

    public void setColleague(String colleague) {
        this.colleague = colleague;
    }

    public String getWrapUpCode() {
        return wrapUpCode;
    }

    public void setWrapUpCode(String wrapUpCode) {
        this.wrapUpCode = wrapUpCode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note == null ? "" : note;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? "" : query;
    }
}
