package fr.suresnes.contactcenter.knowledge.entity;

import jakarta.persistence.*;

/**
 * The unit answers are built from and cite: a piece of a document version with the section path it sits under
 * (« Article 1er », « Carte d'identité > Cas : mineur ») and its page when the format has pages.
 */
@Entity
@Table(name = "PASSAGE",
        uniqueConstraints = @UniqueConstraint(name = "UK_PASSAGE_ORDINAL", columnNames = {"DOCUMENT_VERSION_ID", "ORDINAL"}))
@NamedQuery(name = Passage.FIND_BY_VERSION,
        query = "SELECT p FROM Passage p WHERE p.documentVersion.id = :versionId ORDER BY p.ordinal")
@NamedQuery(name = Passage.FIND_ANSWERABLE,
        query = "SELECT p FROM Passage p JOIN p.documentVersion v JOIN v.document d"
                + " WHERE d.status = fr.suresnes.contactcenter.knowledge.entity.DocumentStatus.ACTIVE"
                + " AND v.number = (SELECT MAX(v2.number) FROM DocumentVersion v2 WHERE v2.document = d)"
                + " ORDER BY d.id, p.ordinal")
@NamedQuery(name = Passage.FIND_INDEXABLE, query = Passage.INDEXABLE + " ORDER BY d.id, p.ordinal")
@NamedQuery(name = Passage.FIND_INDEXABLE_OF_DOCUMENT,
        query = Passage.INDEXABLE + " AND d.id = :documentId ORDER BY p.ordinal")
@NamedQuery(name = Passage.INDEXABLE_GENERATION,
        query = "SELECT COUNT(p), MAX(p.id) FROM Passage p JOIN p.documentVersion v JOIN v.document d"
                + " WHERE d.status = fr.suresnes.contactcenter.knowledge.entity.DocumentStatus.ACTIVE"
                + " AND v.number = (SELECT MAX(v2.number) FROM DocumentVersion v2 WHERE v2.document = d)")
public class Passage {

    public static final String FIND_BY_VERSION = "Passage.findByVersion";
    /** passages of the newest version of every active document: what the search index is rebuilt from */
    public static final String FIND_ANSWERABLE = "Passage.findAnswerable";
    static final String INDEXABLE = "SELECT p.id, d.id, v.id, d.sourceId, d.title, d.url, p.sectionPath, p.page, p.content"
            + " FROM Passage p JOIN p.documentVersion v JOIN v.document d"
            + " WHERE d.status = fr.suresnes.contactcenter.knowledge.entity.DocumentStatus.ACTIVE"
            + " AND v.number = (SELECT MAX(v2.number) FROM DocumentVersion v2 WHERE v2.document = d)";
    /** the answerable passages as columns: passage, document and version IDs, source ID, title, url, section, page, text */
    public static final String FIND_INDEXABLE = "Passage.findIndexable";
    public static final String FIND_INDEXABLE_OF_DOCUMENT = "Passage.findIndexableOfDocument";
    /** count and highest ID of the answerable passages: changes whenever the index must */
    public static final String INDEXABLE_GENERATION = "Passage.indexableGeneration";
    public static final int MAX_CONTENT_LENGTH = 100_000;

    @Id
    @SequenceGenerator(name = "passage_seq", sequenceName = "PASSAGE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "passage_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "DOCUMENT_VERSION_ID", nullable = false, updatable = false)
    private DocumentVersion documentVersion;

    @Column(nullable = false, updatable = false)
    private int ordinal;

    @Column(name = "SECTION_PATH", length = 1000, updatable = false)
    private String sectionPath;

    @Column(updatable = false)
    private Integer page;

    @Column(length = MAX_CONTENT_LENGTH, nullable = false, updatable = false)
    private String content;

    protected Passage() {
    }

    Passage(DocumentVersion documentVersion, int ordinal, String sectionPath, Integer page, String content) {
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("a passage needs a text");
        }
        if (content.length() > MAX_CONTENT_LENGTH) {
            throw new IllegalArgumentException("a passage holds at most " + MAX_CONTENT_LENGTH + " characters");
        }
        this.documentVersion = documentVersion;
        this.ordinal = ordinal;
        this.sectionPath = sectionPath;
        this.page = page;
        this.content = content;
    }

    public Long getId() {
        return id;
    }

    public DocumentVersion getDocumentVersion() {
        return documentVersion;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getSectionPath() {
        return sectionPath;
    }

    public Integer getPage() {
        return page;
    }

    public String getContent() {
        return content;
    }
}
