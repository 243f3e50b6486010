package fr.suresnes.contactcenter.knowledge.entity;

import jakarta.persistence.*;

import java.time.Instant;

/** One pass of the import over the watched folders (or an upload), with its progress and its outcome. */
@Entity
@Table(name = "IMPORT_RUN")
@NamedQuery(name = ImportRun.FIND_RECENT, query = "SELECT r FROM ImportRun r ORDER BY r.queuedAt DESC, r.id DESC")
@NamedQuery(name = ImportRun.FIND_UNFINISHED, query = "SELECT r FROM ImportRun r WHERE r.state IN ("
        + "fr.suresnes.contactcenter.knowledge.entity.ImportRunState.QUEUED, "
        + "fr.suresnes.contactcenter.knowledge.entity.ImportRunState.RUNNING)")
@NamedQuery(name = ImportRun.ADD_COUNTS, query = "UPDATE ImportRun r SET r.processed = r.processed + :processed,"
        + " r.imported = r.imported + :imported, r.updated = r.updated + :updated, r.unchanged = r.unchanged + :unchanged,"
        + " r.rejected = r.rejected + :rejected WHERE r.id = :id")
public class ImportRun {

    public static final String FIND_RECENT = "ImportRun.findRecent";
    public static final String FIND_UNFINISHED = "ImportRun.findUnfinished";
    /** counters move by increments, never read-modify-write: chunks may commit while a page reads the run */
    public static final String ADD_COUNTS = "ImportRun.addCounts";

    @Id
    @SequenceGenerator(name = "import_run_seq", sequenceName = "IMPORT_RUN_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private ImportRunState state;

    @Column(name = "TRIGGERED_BY", length = 100, nullable = false, updatable = false)
    private String triggeredBy;

    @Column(length = 4000, nullable = false, updatable = false)
    private String folders;

    @Column(name = "QUEUED_AT", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "STARTED_AT")
    private Instant startedAt;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Column(nullable = false)
    private int files;

    @Column(nullable = false)
    private int processed;

    @Column(nullable = false)
    private int imported;

    @Column(nullable = false)
    private int updated;

    @Column(nullable = false)
    private int unchanged;

    @Column(nullable = false)
    private int retired;

    @Column(nullable = false)
    private int rejected;

    @Column(name = "FAILURE", length = 4000)
    private String failure;

    protected ImportRun() {
    }

    public ImportRun(String triggeredBy, String folders) {
        this.triggeredBy = triggeredBy;
        this.folders = folders;
        this.state = ImportRunState.QUEUED;
        this.queuedAt = Instant.now();
    }

    public void start(int files) {
        this.state = ImportRunState.RUNNING;
        this.startedAt = Instant.now();
        this.files = files;
    }

    public void complete(int retired) {
        this.state = ImportRunState.COMPLETED;
        this.retired = retired;
        this.finishedAt = Instant.now();
    }

    public void fail(String failure) {
        this.state = ImportRunState.FAILED;
        this.failure = failure == null || failure.length() <= 4000 ? failure : failure.substring(0, 3999) + "…";
        this.finishedAt = Instant.now();
    }

    /** share of the files already processed, 0 to 100, for progress bars */
    public int getPercentDone() {
        return files == 0 ? (state == ImportRunState.COMPLETED ? 100 : 0) : Math.min(100, processed * 100 / files);
    }

    public Long getId() {
        return id;
    }

    public ImportRunState getState() {
        return state;
    }

    public String getTriggeredBy() {
        return triggeredBy;
    }

    public String getFolders() {
        return folders;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public int getFiles() {
        return files;
    }

    public int getProcessed() {
        return processed;
    }

    public int getImported() {
        return imported;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getRetired() {
        return retired;
    }

    public int getRejected() {
        return rejected;
    }

    public String getFailure() {
        return failure;
    }
}
