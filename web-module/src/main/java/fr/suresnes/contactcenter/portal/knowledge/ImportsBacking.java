package fr.suresnes.contactcenter.portal.knowledge;

import fr.suresnes.contactcenter.knowledge.boundary.ImportRuns;
import fr.suresnes.contactcenter.knowledge.entity.ImportIssue;
import fr.suresnes.contactcenter.knowledge.entity.ImportRun;
import fr.suresnes.contactcenter.knowledge.importing.ImportFolders;
import fr.suresnes.contactcenter.knowledge.importing.KnowledgeImports;
import fr.suresnes.contactcenter.knowledge.importing.UploadRefusedException;
import fr.suresnes.contactcenter.knowledge.importing.Uploads;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.event.FileUploadEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/** Import runs with their progress, the files they refused, and the upload of new documents. */
@Named
@ViewScoped
public class ImportsBacking implements Serializable {

    @Inject
    transient ImportRuns runs;

    @Inject
    transient KnowledgeImports imports;

    @Inject
    transient ImportFolders folders;

    @Inject
    transient Uploads uploads;

    @Inject
    transient SecurityContext security;

    public List<ImportRun> getRuns() {
        return runs.recent(20);
    }

    public List<ImportIssue> issuesOf(ImportRun run) {
        return runs.issues(run.getId());
    }

    public List<String> getFolders() {
        return folders.all().stream().map(Path::toString).toList();
    }

    public boolean isRunning() {
        return imports.isRunning();
    }

    public void importNow() {
        inform(FacesMessage.SEVERITY_INFO, imports.request(caller()).isPresent() ? "Import lancé."
                : "Un import est en cours ; le suivant commencera juste après.");
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            String stored = uploads.store(event.getFile().getFileName(), content);
            imports.request(caller());
            inform(FacesMessage.SEVERITY_INFO, "« " + stored + " » reçu : il est en cours d'import.");
        } catch (UploadRefusedException refused) {
            inform(FacesMessage.SEVERITY_ERROR, refused.getMessage());
        } catch (IOException failed) {
            inform(FacesMessage.SEVERITY_ERROR, "Le document n'a pas pu être enregistré : " + failed.getMessage());
        }
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    private static void inform(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
