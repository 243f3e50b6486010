package fr.suresnes.contactcenter.knowledge.entity;

import jakarta.persistence.*;

/** A file an import refused (with the reason) or read with a reservation (a warning). */
@Entity
@Table(name = "IMPORT_ISSUE")
@NamedQuery(name = ImportIssue.FIND_BY_RUN, query = "SELECT i FROM ImportIssue i WHERE i.run.id = :runId ORDER BY i.path")
@NamedQuery(name = ImportIssue.FIND_REFUSAL_OF_CONTENT, query = "SELECT i FROM ImportIssue i WHERE i.path = :path"
        + " AND i.contentHash = :hash"
        + " AND i.severity = fr.suresnes.contactcenter.knowledge.entity.ImportIssue.Severity.REJECTED ORDER BY i.id DESC")
public class ImportIssue {

    public static final String FIND_BY_RUN = "ImportIssue.findByRun";
    /** earlier refusals of this very file content: it is not read again until it changes */
    public static final String FIND_REFUSAL_OF_CONTENT = "ImportIssue.findRefusalOfContent";
    private static final int MAX_REASON_LENGTH = 2000;

    public enum Severity { REJECTED, WARNING }

    @Id
    @SequenceGenerator(name = "import_issue_seq", sequenceName = "IMPORT_ISSUE_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_issue_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "RUN_ID", nullable = false, updatable = false)
    private ImportRun run;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false, updatable = false)
    private Severity severity;

    @Column(length = 2000, nullable = false, updatable = false)
    private String path;

    @Column(name = "CONTENT_HASH", length = 64, updatable = false)
    private String contentHash;

    @Column(length = MAX_REASON_LENGTH, nullable = false, updatable = false)
    private String reason;

    protected ImportIssue() {
    }

    public ImportIssue(ImportRun run, Severity severity, String path, String contentHash, String reason) {
        this.run = run;
        this.severity = severity;
        this.path = path;
        this.contentHash = contentHash;
        this.reason = reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getPath() {
        return path;
    }

    public String getReason() {
        return reason;
    }
}
