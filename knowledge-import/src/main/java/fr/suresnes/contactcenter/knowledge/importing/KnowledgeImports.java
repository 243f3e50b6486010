package fr.suresnes.contactcenter.knowledge.importing;

import fr.suresnes.contactcenter.knowledge.boundary.ImportRuns;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * Keeps the knowledge base in step with its folders: at start and then every knowledge.import.poll-seconds, the
 * folders are scanned, and an import runs when a file was added, changed or removed. One import at a time; a
 * request made while one runs starts another right after it.
 */
@Singleton
@Startup
@DependsOn({"ejb-module.jar#SchemaMigration", "ejb-module.jar#KnowledgeSearch"})
@Lock(LockType.WRITE)
@PermitAll
public class KnowledgeImports {

    private static final Logger LOG = Logger.getLogger(KnowledgeImports.class.getName());

    @Inject
    ImportFolders folders;

    @Inject
    ImportRuns runs;

    @Inject
    @ConfigProperty(name = "knowledge.import.poll-seconds")
    long pollSeconds;

    @Resource
    TimerService timers;

    private Long runningExecution;
    private String pendingRequester;
    private String lastFingerprint;

    @PostConstruct
    void closeAbandonedRuns() {
        int abandoned = runs.abandonUnfinished();
        if (abandoned > 0) {
            LOG.warning(abandoned + " import run(s) left unfinished by the previous server were marked failed");
        }
    }

    /**
     * Starts watching the folders (the first scan imports them). Called once the whole application is deployed:
     * a batch job started earlier would not find its artifacts.
     */
    public void startWatching() {
        if (timers.getTimers().isEmpty()) {
            LOG.info(() -> "Knowledge import folders: " + folders.all() + ", checked every " + pollSeconds + " s");
            timers.createIntervalTimer(0, pollSeconds * 1000, new TimerConfig("knowledge folders", false));
        }
    }

    /** An undeployment or a shutdown asks the running import to stop at its next checkpoint. */
    @PreDestroy
    void stopRunningImport() {
        if (runningExecution != null) {
            try {
                BatchRuntime.getJobOperator().stop(runningExecution);
            } catch (RuntimeException alreadyOver) {
                LOG.fine(() -> "import " + runningExecution + " could not be stopped: " + alreadyOver.getMessage());
            }
        }
    }

    @Timeout
    void poll() {
        String fingerprint = FolderScan.of(folders.all()).fingerprint();
        if (!fingerprint.equals(lastFingerprint)) {
            request("system", fingerprint);
        }
    }

    /**
     * Imports the folders now, or right after the import that is running.
     *
     * @return the new run's ID, or empty when it will start after the current one
     */
    public OptionalLong request(String requester) {
        return request(requester, FolderScan.of(folders.all()).fingerprint());
    }

    /** @param fingerprint the folders' fingerprint now: a later scan that finds it again has nothing new */
    private OptionalLong request(String requester, String fingerprint) {
        if (runningExecution != null) {
            pendingRequester = requester;
            return OptionalLong.empty();
        }
        lastFingerprint = fingerprint;
        long runId = runs.queue(requester, String.join(", ", folders.all().stream().map(Object::toString).toList()));
        runningExecution = BatchRuntime.getJobOperator()
                .start(ImportJobParameters.JOB, new ImportJobParameters(runId, folders.all()).toProperties());
        return OptionalLong.of(runId);
    }

    /** @param completed false when the run failed: the next scan then tries the folders again */
    public void ended(long executionId, boolean completed) {
        if (runningExecution != null && runningExecution == executionId) {
            runningExecution = null;
            if (!completed) {
                lastFingerprint = null;
            }
            if (pendingRequester != null) {
                String requester = pendingRequester;
                pendingRequester = null;
                request(requester);
            }
        }
    }

    public boolean isRunning() {
        return runningExecution != null;
    }
}
