package fr.suresnes.contactcenter.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A knowledge passage as it was cited in a message: the passage and document version it came from, and the
 * title, section and link shown to the citizen at that moment, kept even if the document changes later.
 */
@Embeddable
public class CitedSource {

    @Column(name = "PASSAGE_ID", nullable = false)
    private long passageId;

    @Column(name = "DOCUMENT_VERSION_ID", nullable = false)
    private long documentVersionId;

    @Column(name = "DOCUMENT_ID")
    private Long documentId;

    @Column(name = "SOURCE_ID", length = 1000)
    private String sourceId;

    @Column(name = "TITLE", length = 500, nullable = false)
    private String title;

    @Column(name = "SECTION", length = 1000)
    private String section;

    @Column(name = "URL", length = 2000)
    private String url;

    protected CitedSource() {
    }

    public CitedSource(long passageId, long documentVersionId, long documentId, String sourceId, String title,
                       String section, String url) {
        this.passageId = passageId;
        this.documentVersionId = documentVersionId;
        this.documentId = documentId;
        this.sourceId = sourceId;
        this.title = title;
        this.section = section;
        this.url = url;
    }

    public long getPassageId() {
        return passageId;
    }

    public long getDocumentVersionId() {
        return documentVersionId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getTitle() {
        return title;
    }

    public String getSection() {
        return section;
    }

    public String getUrl() {
        return url;
    }
}
