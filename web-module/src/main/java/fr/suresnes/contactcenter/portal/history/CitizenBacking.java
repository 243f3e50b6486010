package fr.suresnes.contactcenter.portal.history;

import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.entity.MessageAuthor;
import fr.suresnes.contactcenter.history.boundary.CitizenHistory;
import fr.suresnes.contactcenter.history.boundary.AttachmentSummary;
import fr.suresnes.contactcenter.portal.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** One citizen's history: every contact on every channel, the latest first, with the files recorded contacts came with. */
@Named
@RequestScoped
public class CitizenBacking {

    static final int EXCERPT_CHARS = 600;

    @Inject
    CitizenHistory history;

    private Long id;
    private Citizen citizen;
    private List<Conversation> contacts = List.of();

    public void load() {
        citizen = id == null ? null : history.citizen(id).orElse(null);
        if (citizen == null) {
            Notices.warn("Usager introuvable.");
            return;
        }
        contacts = history.contacts(id);
    }

    /** What the citizen asked first in this contact. */
    public String request(Conversation contact) {
        return contact.getMessages().stream().filter(message -> message.getAuthor() == MessageAuthor.CITIZEN)
                .map(Message::getBody).findFirst().orElse("");
    }

    public List<AttachmentSummary> attachments(Conversation contact) {
        return contact.getRecordedBy() == null ? List.of() : history.attachments(contact.getId());
    }

    /** The beginning of a file's text, for a first look before downloading it. */
    public String excerpt(AttachmentSummary attachment) {
        String text = attachment.extractedText();
        return text == null || text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS) + "…";
    }

    public Citizen getCitizen() {
        return citizen;
    }

    public List<Conversation> getContacts() {
        return contacts;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
