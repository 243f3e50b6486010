package fr.suresnes.contactcenter.portal.routing;

import fr.suresnes.contactcenter.agent.boundary.Agents;
import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.handoff.boundary.HandoffRefusedException;
import fr.suresnes.contactcenter.handoff.boundary.QueueAdministration;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import fr.suresnes.contactcenter.portal.Notices;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The admin page of routing: each queue's name, order and keywords, a new queue, and the queues each agent serves.
 */
@Named
@ViewScoped
public class QueuesBacking implements Serializable {

    @Inject
    transient QueueAdministration administration;

    @Inject
    transient Agents agents;

    @Inject
    transient SecurityContext security;

    private List<QueueRow> rows = new ArrayList<>();
    private List<SkillsRow> skills = new ArrayList<>();
    private String newCode = "";
    private String newLabel = "";
    private int newPosition = 90;

    /** A queue as the form edits it: its keywords one per line. */
    public static class QueueRow implements Serializable {
        private final String code;
        private String label;
        private int position;
        private String keywords;

        QueueRow(ContactQueue queue) {
            this.code = queue.getCode();
            this.label = queue.getLabel();
            this.position = queue.getPosition();
            this.keywords = String.join("\n", queue.getKeywords());
        }

        public String getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public int getPosition() {
            return position;
        }

        public void setPosition(int position) {
            this.position = position;
        }

        public String getKeywords() {
            return keywords;
        }

        public void setKeywords(String keywords) {
            this.keywords = keywords;
        }
    }

    /** An agent and the codes of the queues they serve. */
    public static class SkillsRow implements Serializable {
        private final String username;
        private final String displayName;
        private List<String> queueCodes;

        SkillsRow(Agent agent) {
            this.username = agent.getUsername();
            this.displayName = agent.getDisplayName();
            this.queueCodes = agent.getSkills().stream().map(ContactQueue::getCode).sorted().toList();
        }

        public String getUsername() {
            return username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public List<String> getQueueCodes() {
            return queueCodes;
        }

        public void setQueueCodes(List<String> queueCodes) {
            this.queueCodes = queueCodes == null ? List.of() : queueCodes;
        }
    }

    @PostConstruct
    void load() {
        rows = administration.queues().stream().map(QueueRow::new).toList();
        skills = agents.all().stream().map(SkillsRow::new).toList();
    }

    public void save(QueueRow row) {
        attempt(() -> administration.update(row.getCode(), row.getLabel(), row.getPosition(), row.getKeywords()),
                "File « " + row.getLabel() + " » enregistrée.");
    }

    public void create() {
        if (attempt(() -> administration.create(newCode, newLabel, newPosition), "File créée.")) {
            newCode = "";
            newLabel = "";
        }
    }

    public void saveSkills(SkillsRow row) {
        attempt(() -> agents.assignSkills(row.getUsername(), new LinkedHashSet<>(row.getQueueCodes()),
                security.getCallerPrincipal().getName()), "Files de " + row.getDisplayName() + " enregistrées.");
    }

    private boolean attempt(Runnable action, String done) {
        try {
            action.run();
            Notices.inform(done);
            return true;
        } catch (HandoffRefusedException refused) {
            Notices.warn(refused.getMessage());
            return false;
        } finally {
            load();
        }
    }

    public List<QueueRow> getRows() {
        return rows;
    }

    public List<SkillsRow> getSkills() {
        return skills;
    }

    public List<ContactQueue> getQueues() {
        return administration.queues();
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewLabel() {
        return newLabel;
    }

    public void setNewLabel(String newLabel) {
        this.newLabel = newLabel;
    }

    public int getNewPosition() {
        return newPosition;
    }

    public void setNewPosition(int newPosition) {
        this.newPosition = newPosition;
    }
}
