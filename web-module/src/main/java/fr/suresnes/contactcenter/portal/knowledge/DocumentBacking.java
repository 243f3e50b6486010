package fr.suresnes.contactcenter.portal.knowledge;

import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeDocuments;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeSearch;
import fr.suresnes.contactcenter.knowledge.entity.DocumentVersion;
import fr.suresnes.contactcenter.knowledge.entity.KnowledgeDocument;
import fr.suresnes.contactcenter.knowledge.entity.Passage;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** One document: its versions (newest first) and the passages of the version chosen. */
@Named
@ViewScoped
public class DocumentBacking implements Serializable {

    @Inject
    transient KnowledgeDocuments documents;

    @Inject
    transient KnowledgeSearch search;

    private long id;
    private Long versionId;
    private KnowledgeDocument document;
    private List<DocumentVersion> versions = List.of();
    private List<Passage> passages = List.of();

    public void load() {
        document = documents.find(id).orElse(null);
        if (document == null) {
            return;
        }
        versions = documents.versions(id);
        if (versionId == null && !versions.isEmpty()) {
            versionId = versions.get(0).getId();
        }
        passages = versionId == null ? List.of() : documents.passages(versionId);
    }

    public void reindex() {
        search.refresh(List.of(id));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "Document réindexé.", null));
    }

    public void show(long versionId) {
        this.versionId = versionId;
        load();
    }

    public List<Map.Entry<String, String>> metadataOf(DocumentVersion version) {
        return version.getMetadata().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Long getVersionId() {
        return versionId;
    }

    public KnowledgeDocument getDocument() {
        return document;
    }

    public List<DocumentVersion> getVersions() {
        return versions;
    }

    public List<Passage> getPassages() {
        return passages;
    }
}
