package fr.suresnes.contactcenter.portal.history;

import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.history.boundary.CitizenHistory;
import fr.suresnes.contactcenter.portal.ConversationBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The citizen beside a conversation: who they are, their earlier contacts on every channel, and the form with
 * which the agent identifies them (a known phone number or address joins the conversation to that history).
 */
@Named
@ViewScoped
public class CitizenPanelBacking implements Serializable {

    static final int EARLIER_SHOWN = 5;

    @Inject
    transient CitizenHistory history;

    @Inject
    ConversationBacking conversationPage;

    private CitizenFields citizen = new CitizenFields();

    /** The citizen's other contacts, the latest first. */
    public List<Conversation> earlier(Conversation conversation) {
        return history.contacts(conversation.getCitizen().getId()).stream()
                .filter(contact -> !contact.getId().equals(conversation.getId())).limit(EARLIER_SHOWN).toList();
    }

    public void identify() {
        if (HistoryNotices.attempt(() -> history.identify(conversationPage.getId(), citizen.details()),
                "Usager identifié.") != null) {
            citizen = new CitizenFields();
        }
        conversationPage.refresh();
    }

    public CitizenFields getCitizen() {
        return citizen;
    }
}
