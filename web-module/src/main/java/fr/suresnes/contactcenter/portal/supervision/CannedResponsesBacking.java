package fr.suresnes.contactcenter.portal.supervision;

import fr.suresnes.contactcenter.assist.boundary.CannedResponseRefusedException;
import fr.suresnes.contactcenter.assist.boundary.CannedResponses;
import fr.suresnes.contactcenter.assist.entity.CannedResponse;
import jakarta.annotation.PostConstruct;
import fr.suresnes.contactcenter.portal.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import java.io.Serializable;
import java.util.List;

/** Supervisors write the canned responses agents insert: add one, rewrite it, remove it. */
@Named
@ViewScoped
public class CannedResponsesBacking implements Serializable {

    @Inject
    transient CannedResponses responses;

    @Inject
    transient SecurityContext security;

    /** the response being rewritten, or null for a new one */
    private Long editing;
    private String title = "";
    private String body = "";
    private transient List<CannedResponse> all;

    @PostConstruct
    void load() {
        all = responses.all();
    }

    public void edit(CannedResponse response) {
        editing = response.getId();
        title = response.getTitle();
        body = response.getBody();
    }

    public void save() {
        try {
            if (editing == null) {
                responses.add(title, body, supervisor());
            } else {
                responses.rewrite(editing, title, body, supervisor());
            }
            Notices.inform(editing == null ? "Réponse type ajoutée." : "Réponse type modifiée.");
            cancel();
        } catch (CannedResponseRefusedException refused) {
            Notices.warn(refused.getMessage());
        }
        load();
    }

    public void remove(long id) {
        try {
            responses.remove(id, supervisor());
            Notices.inform("Réponse type supprimée.");
        } catch (CannedResponseRefusedException refused) {
            Notices.warn(refused.getMessage());
        }
        load();
    }

    public void cancel() {
        editing = null;
        title = "";
        body = "";
    }

    private String supervisor() {
        return security.getCallerPrincipal().getName();
    }

    public List<CannedResponse> getAll() {
        return all;
    }

    public Long getEditing() {
        return editing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body == null ? "" : body;
    }
}
