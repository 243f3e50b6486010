package fr.suresnes.contactcenter.portal.history;

import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.handoff.boundary.Handoffs;
import fr.suresnes.contactcenter.handoff.entity.WrapUpCode;
import fr.suresnes.contactcenter.history.attachments.AttachmentReader;
import fr.suresnes.contactcenter.history.boundary.AttachmentText;
import fr.suresnes.contactcenter.history.boundary.CitizenHistory;
import fr.suresnes.contactcenter.history.boundary.RecordedContact;
import fr.suresnes.contactcenter.portal.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The form with which an agent records a contact that came outside the bots (a call, a visit, a letter, an e-mail),
 * with its files, for a known citizen or one described on the form.
 */
@Named
@RequestScoped
public class ContactRecordingBacking {

    static final ZoneId CITY_TIME = ZoneId.of("Europe/Paris");
    static final int MAX_FILES = 10;

    @Inject
    CitizenHistory history;

    @Inject
    Handoffs handoffs;

    @Inject
    AttachmentReader reader;

    private Long citizenId;
    private final CitizenFields citizen = new CitizenFields();
    private Channel channel;
    private String contactedAt = LocalDateTime.now(CITY_TIME).withSecond(0).withNano(0).toString();
    private String request = "";
    private String answer = "";
    private String wrapUpCode;
    private List<Part> files = new ArrayList<>();

    public String record() {
        Optional<LocalDateTime> when = when();
        Optional<List<AttachmentText>> attachments = when.isEmpty() ? Optional.empty() : attachments();
        if (attachments.isEmpty()) {
            return null;
        }
        Conversation recorded = HistoryNotices.attempt(() -> history.record(new RecordedContact(citizenId,
                citizen.details(), channel,
                when.get().atZone(CITY_TIME).toInstant(), request, answer, wrapUpCode, attachments.get())),
                "Contact enregistré dans l'historique de l'usager.");
        if (recorded == null) {
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/agent/citizen?faces-redirect=true&id=" + recorded.getCitizen().getId();
    }

    private Optional<LocalDateTime> when() {
        try {
            return Optional.of(LocalDateTime.parse(contactedAt));
        } catch (DateTimeParseException | NullPointerException e) {
            Notices.warn("Indiquez la date et l'heure du contact.");
            return Optional.empty();
        }
    }

    private Optional<List<AttachmentText>> attachments() {
        List<Part> given = files.stream().filter(part -> part.getSize() > 0).toList();
        if (given.size() > MAX_FILES) {
            Notices.warn("Joignez au plus " + MAX_FILES + " fichiers à un contact.");
            return Optional.empty();
        }
        List<AttachmentText> read = new ArrayList<>();
        for (Part part : given) {
            if (part.getSize() > reader.maxFileBytes()) {
                Notices.warn("« " + part.getSubmittedFileName() + " » dépasse la taille permise ("
                        + reader.maxFileBytes() / (1024 * 1024) + " Mo).");
                return Optional.empty();
            }
            read.add(reader.read(fileName(part), bytes(part)));
        }
        return Optional.of(read);
    }

    private static String fileName(Part part) {
        String name = part.getSubmittedFileName() == null ? "fichier" : part.getSubmittedFileName();
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return base.isEmpty() ? "fichier" : base.length() > 255 ? base.substring(base.length() - 255) : base;
    }

    private static byte[] bytes(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Citizen getKnownCitizen() {
        return citizenId == null ? null : history.citizen(citizenId).orElse(null);
    }

    public List<Channel> getChannels() {
        return CitizenHistory.RECORDED_CHANNELS.stream().sorted().toList();
    }

    public List<WrapUpCode> getWrapUpCodes() {
        return handoffs.wrapUpCodes();
    }

    public Long getCitizenId() {
        return citizenId;
    }

    public void setCitizenId(Long citizenId) {
        this.citizenId = citizenId;
    }

    public CitizenFields getCitizen() {
        return citizen;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getContactedAt() {
        return contactedAt;
    }

    public void setContactedAt(String contactedAt) {
        this.contactedAt = contactedAt;
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = request;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getWrapUpCode() {
        return wrapUpCode;
    }

    public void setWrapUpCode(String wrapUpCode) {
        this.wrapUpCode = wrapUpCode;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }
}
