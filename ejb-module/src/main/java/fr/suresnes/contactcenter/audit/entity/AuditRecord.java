package fr.suresnes.contactcenter.audit.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** An append-only line of the audit trail: who did what to which subject, and when. Never updated. */
@Entity
@Table(name = "AUDIT_RECORD")
@NamedQuery(name = AuditRecord.FIND_RECENT, query = "SELECT a FROM AuditRecord a ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(name = AuditRecord.FIND_BY_SUBJECT,
        query = "SELECT a FROM AuditRecord a WHERE a.subjectType = :subjectType AND a.subjectId = :subjectId"
                + " ORDER BY a.occurredAt, a.id")
public class AuditRecord {

    public static final String FIND_RECENT = "AuditRecord.findRecent";
    public static final String FIND_BY_SUBJECT = "AuditRecord.findBySubject";
    public static final int MAX_DETAIL_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "AUDIT_RECORD_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    /** a user name, or « bot », « citizen », « system » */
    @Column(length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(length = 60, nullable = false, updatable = false)
    private String action;

    @Column(name = "SUBJECT_TYPE", length = 60, nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "SUBJECT_ID", length = 100, nullable = false, updatable = false)
    private String subjectId;

    @Column(length = MAX_DETAIL_LENGTH, updatable = false)
    private String detail;

    protected AuditRecord() {
    }

    public AuditRecord(String actor, String action, String subjectType, String subjectId, String detail) {
        this.occurredAt = Instant.now();
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= MAX_DETAIL_LENGTH
                ? detail : detail.substring(0, MAX_DETAIL_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
