package fr.suresnes.contactcenter.knowledge.entity;

import jakarta.persistence.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a document as imported once: its hash (an unchanged file is skipped), its metadata (for a
 * municipal act: kind, number, date) and the passages answers cite. Versions are never rewritten.
 */
@Entity
@Table(name = "DOCUMENT_VERSION",
        uniqueConstraints = @UniqueConstraint(name = "UK_DOCUMENT_VERSION_NUMBER", columnNames = {"DOCUMENT_ID", "NUMBER"}))
@NamedQuery(name = DocumentVersion.FIND_BY_DOCUMENT,
        query = "SELECT v FROM DocumentVersion v WHERE v.document.id = :documentId ORDER BY v.number DESC")
@NamedQuery(name = DocumentVersion.FIND_DESCRIPTIONS, query = DocumentVersion.DESCRIPTIONS)
@NamedQuery(name = DocumentVersion.FIND_DESCRIPTIONS_OF_DOCUMENT,
        query = DocumentVersion.DESCRIPTIONS + " AND v.document.id = :documentId")
public class DocumentVersion {

    /** metadata: the group of documents that split one topic by situation (a service-public.fr folder's ID) */
    public static final String SITUATION_GROUP = "situation.group";
    /** metadata: the situation this document is written for within its group (« Pour un mineur ») */
    public static final String SITUATION = "situation";


    public static final String FIND_BY_DOCUMENT = "DocumentVersion.findByDocument";
    static final String DESCRIPTIONS =
            "SELECT v.id, VALUE(m) FROM DocumentVersion v JOIN v.metadata m WHERE KEY(m) = 'dc:description'";
    /** version ID and dc:description of every version, or of one document's */
    public static final String FIND_DESCRIPTIONS = "DocumentVersion.findDescriptions";
    public static final String FIND_DESCRIPTIONS_OF_DOCUMENT = "DocumentVersion.findDescriptionsOfDocument";

    @Id
    @SequenceGenerator(name = "document_version_seq", sequenceName = "DOCUMENT_VERSION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_version_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "DOCUMENT_ID", nullable = false, updatable = false)
    private KnowledgeDocument document;

    @Column(nullable = false, updatable = false)
    private int number;

    /** SHA-256 of the file's bytes, hex */
    @Column(name = "CONTENT_HASH", length = 64, nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "MEDIA_TYPE", length = 200, updatable = false)
    private String mediaType;

    @Column(length = 20, updatable = false)
    private String language;

    @Column(name = "SIZE_BYTES", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "IMPORTED_AT", nullable = false, updatable = false)
    private Instant importedAt;

    @ElementCollection
    @CollectionTable(name = "DOCUMENT_VERSION_METADATA", joinColumns = @JoinColumn(name = "DOCUMENT_VERSION_ID"))
    @MapKeyColumn(name = "META_KEY", length = 100)
    @Column(name = "META_VALUE", length = 4000)
    private Map<String, String> metadata = new HashMap<>();

    @OneToMany(mappedBy = "documentVersion", cascade = CascadeType.PERSIST)
    @OrderBy("ordinal")
    private List<Passage> passages = new ArrayList<>();

    protected DocumentVersion() {
    }

    DocumentVersion(KnowledgeDocument document, int number, String contentHash, String mediaType, String language,
                    long sizeBytes) {
        this.document = document;
        this.number = number;
        this.contentHash = contentHash;
        this.mediaType = mediaType;
        this.language = language;
        this.sizeBytes = sizeBytes;
        this.importedAt = Instant.now();
    }

    public Passage addPassage(String sectionPath, Integer page, String content) {
        Passage passage = new Passage(this, passages.size(), sectionPath, page, content);
        passages.add(passage);
        return passage;
    }

    public void putMetadata(String key, String value) {
        metadata.put(key, value);
    }

    public Long getId() {
        return id;
    }

    public KnowledgeDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getLanguage() {
        return language;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public Map<String, String> getMetadata() {
        return Map.copyOf(metadata);
    }

    public List<Passage> getPassages() {
        return List.copyOf(passages);
    }
}
