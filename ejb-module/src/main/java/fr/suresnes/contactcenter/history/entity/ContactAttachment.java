package fr.suresnes.contactcenter.history.entity;

import fr.suresnes.contactcenter.conversation.entity.Conversation;
import jakarta.persistence.*;

import java.time.Instant;

/**
 * A file a recorded contact came with (a scanned letter, an e-mail, a form), kept as it arrived, with its text as
 * Tika read it or the reason it could not be read.
 */
@Entity
@Table(name = "CONTACT_ATTACHMENT")
@NamedQuery(name = ContactAttachment.SUMMARIES_BY_CONVERSATION,
        query = "SELECT NEW fr.suresnes.contactcenter.history.boundary.AttachmentSummary(a.id, a.fileName, a.mediaType,"
                + " a.sizeBytes, a.extractedText, a.extractionProblem)"
                + " FROM ContactAttachment a WHERE a.conversation.id = :conversationId ORDER BY a.id")
public class ContactAttachment {

    /** without the content: EclipseLink without weaving would load a lazy basic attribute anyway */
    public static final String SUMMARIES_BY_CONVERSATION = "ContactAttachment.summariesByConversation";

    @Id
    @SequenceGenerator(name = "contact_attachment_seq", sequenceName = "CONTACT_ATTACHMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_attachment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "CONVERSATION_ID", nullable = false, updatable = false)
    private Conversation conversation;

    @Column(name = "FILE_NAME", length = 255, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "MEDIA_TYPE", length = 200, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false, updatable = false)
    private long sizeBytes;

    @Lob
    @Column(name = "CONTENT", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "EXTRACTED_TEXT", updatable = false)
    private String extractedText;

    @Column(name = "EXTRACTION_PROBLEM", length = 500, updatable = false)
    private String extractionProblem;

    @Column(name = "ADDED_AT", nullable = false, updatable = false)
    private Instant addedAt;

    protected ContactAttachment() {
    }

    public ContactAttachment(Conversation conversation, String fileName, String mediaType, byte[] content,
                             String extractedText, String extractionProblem) {
        this.conversation = conversation;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.extractedText = extractedText;
        this.extractionProblem = extractionProblem;
        this.addedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getExtractedText() {
        return extractedText;
    }

    public String getExtractionProblem() {
        return extractionProblem;
    }
}
