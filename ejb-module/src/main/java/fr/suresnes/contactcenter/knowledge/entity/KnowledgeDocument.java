package fr.suresnes.contactcenter.knowledge.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A document of the knowledge base, identified by its source: the fiche's own ID (F1342) or its path relative to
 * the import folder. Its content lives in versions; the newest one is the one answered from.
 */
@Entity
@Table(name = "KNOWLEDGE_DOCUMENT")
@NamedQuery(name = KnowledgeDocument.FIND_BY_SOURCE_ID,
        query = "SELECT d FROM KnowledgeDocument d WHERE d.sourceId = :sourceId")
@NamedQuery(name = KnowledgeDocument.FIND_BY_STATUS,
        query = "SELECT d FROM KnowledgeDocument d WHERE d.status = :status ORDER BY d.title")
@NamedQuery(name = KnowledgeDocument.COUNT_BY_STATUS,
        query = "SELECT COUNT(d) FROM KnowledgeDocument d WHERE d.status = :status")
@NamedQuery(name = KnowledgeDocument.FIND_MATCHING, query = "SELECT d FROM KnowledgeDocument d"
        + KnowledgeDocument.MATCHING + " ORDER BY d.status, d.title, d.id")
@NamedQuery(name = KnowledgeDocument.COUNT_MATCHING, query = "SELECT COUNT(d) FROM KnowledgeDocument d"
        + KnowledgeDocument.MATCHING)
@NamedQuery(name = KnowledgeDocument.FIND_ACTIVE_FROM_FOLDER,
        query = "SELECT d FROM KnowledgeDocument d WHERE d.origin LIKE :folderPrefix"
                + " AND d.status = fr.suresnes.contactcenter.knowledge.entity.DocumentStatus.ACTIVE")
@NamedQuery(name = KnowledgeDocument.COUNT_CURRENT,
        query = "SELECT COUNT(v) FROM DocumentVersion v JOIN v.document d WHERE d.origin = :origin"
                + " AND d.status = fr.suresnes.contactcenter.knowledge.entity.DocumentStatus.ACTIVE AND v.contentHash = :hash"
                + " AND v.number = (SELECT MAX(v2.number) FROM DocumentVersion v2 WHERE v2.document = d)")
public class KnowledgeDocument {

    public static final String FIND_BY_SOURCE_ID = "KnowledgeDocument.findBySourceId";
    public static final String FIND_BY_STATUS = "KnowledgeDocument.findByStatus";
    public static final String COUNT_BY_STATUS = "KnowledgeDocument.countByStatus";
    public static final String FIND_ACTIVE_FROM_FOLDER = "KnowledgeDocument.findActiveFromFolder";
    static final String MATCHING = " WHERE LOWER(d.title) LIKE :pattern OR LOWER(d.sourceId) LIKE :pattern";
    /** documents whose title or source ID contains :pattern (lower case, with % around), for the portal's list */
    public static final String FIND_MATCHING = "KnowledgeDocument.findMatching";
    public static final String COUNT_MATCHING = "KnowledgeDocument.countMatching";
    /** 1 when the file at this origin was already imported with this content */
    public static final String COUNT_CURRENT = "KnowledgeDocument.countCurrent";

    @Id
    @SequenceGenerator(name = "knowledge_document_seq", sequenceName = "KNOWLEDGE_DOCUMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "knowledge_document_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "SOURCE_ID", length = 1000, nullable = false, unique = true, updatable = false)
    private String sourceId;

    @Column(length = 500, nullable = false)
    private String title;

    @Column(length = 2000)
    private String url;

    /** the file it was last imported from, absolute path; null for documents that come from no folder */
    @Column(length = 2000)
    private String origin;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private DocumentStatus status;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "RETIRED_AT")
    private Instant retiredAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<DocumentVersion> versions = new ArrayList<>();

    protected KnowledgeDocument() {
    }

    public KnowledgeDocument(String sourceId, String title, String url) {
        this.sourceId = sourceId;
        this.title = title;
        this.url = url;
        this.status = DocumentStatus.ACTIVE;
        this.createdAt = Instant.now();
    }

    /** Adds the content read from the source as the newest version, and brings a retired document back. */
    public DocumentVersion addVersion(String contentHash, String mediaType, String language, long sizeBytes) {
        DocumentVersion added = new DocumentVersion(this, versions.size() + 1, contentHash, mediaType, language, sizeBytes);
        versions.add(added);
        status = DocumentStatus.ACTIVE;
        retiredAt = null;
        return added;
    }

    public void retire() {
        if (status != DocumentStatus.RETIRED) {
            status = DocumentStatus.RETIRED;
            retiredAt = Instant.now();
        }
    }

    public Optional<DocumentVersion> latestVersion() {
        return versions.stream().max(Comparator.comparingInt(DocumentVersion::getNumber));
    }

    public void describe(String title, String url, String origin) {
        this.title = title;
        this.url = url;
        this.origin = origin;
    }

    public String getOrigin() {
        return origin;
    }

    public Long getId() {
        return id;
    }

    public String getSourceId() {
        return sourceId;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public List<DocumentVersion> getVersions() {
        return List.copyOf(versions);
    }
}
