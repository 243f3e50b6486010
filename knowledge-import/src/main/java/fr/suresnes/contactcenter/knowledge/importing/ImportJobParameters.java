package fr.suresnes.contactcenter.knowledge.importing;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** The parameters an import job is started with, read back by its steps. */
record ImportJobParameters(long runId, List<Path> folders) {

    static final String JOB = "knowledge-import";

    Properties toProperties() {
        Properties properties = new Properties();
        properties.setProperty("runId", String.valueOf(runId));
        properties.setProperty("folders", String.join("\n", folders.stream().map(Path::toString).toList()));
        return properties;
    }

    static ImportJobParameters of(JobContext job) {
        Properties properties = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        return new ImportJobParameters(Long.parseLong(properties.getProperty("runId")),
                ImportFolders.fromParameter(properties.getProperty("folders")));
    }
}
