package fr.suresnes.contactcenter.portal.knowledge;

import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeDocuments;
import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeSearch;
import fr.suresnes.contactcenter.knowledge.entity.KnowledgeDocument;
import fr.suresnes.contactcenter.portal.Notices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The knowledge base as administrators browse it: documents page by page, retiring one, rebuilding the index. */
@Named
@ViewScoped
public class DocumentsBacking implements Serializable {

    @Inject
    transient KnowledgeDocuments documents;

    @Inject
    transient KnowledgeSearch search;

    @Inject
    transient SecurityContext security;

    private String filter = "";

    private final LazyDataModel<KnowledgeDocument> page = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) documents.count(filter);
        }

        @Override
        public List<KnowledgeDocument> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return documents.page(filter, first, size);
        }
    };

    public void retire(String sourceId) {
        boolean retired = documents.retire(sourceId, security.getCallerPrincipal().getName());
        if (retired) {
            search.refresh(documents.find(sourceId).map(document -> List.of(document.getId())).orElse(List.of()));
        }
        Notices.inform(retired ? "Document retiré : il reste consultable mais n'est plus utilisé pour répondre."
                : "Ce document était déjà retiré.");
    }

    public void rebuildIndex() {
        Notices.inform("Index de recherche reconstruit : " + search.rebuild() + " passages.");
    }

    public LazyDataModel<KnowledgeDocument> getPage() {
        return page;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter == null ? "" : filter;
    }
}
