package fr.suresnes.contactcenter.knowledge.rest;

import fr.suresnes.contactcenter.knowledge.boundary.ImportRuns;
import fr.suresnes.contactcenter.knowledge.entity.ImportIssue;
import fr.suresnes.contactcenter.knowledge.entity.ImportRun;
import fr.suresnes.contactcenter.knowledge.importing.KnowledgeImports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

@Path("knowledge/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Knowledge base")
@SecurityRequirement(name = "basic")
public class KnowledgeImportsResource {

    @Inject
    ImportRuns runs;

    @Inject
    KnowledgeImports imports;

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "import runs, newest first, with their counts")
    public RunList list(@QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = "au moins 1")
                        @Max(value = 500, message = "au plus 500") int limit) {
        return new RunList(runs.recent(limit).stream().map(RunView::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "one import run, with the files it refused and why")
    public RunDetail detail(@PathParam("id") long id) {
        ImportRun run = runs.find(id).orElseThrow(() -> new NotFoundException("Aucun import " + id + "."));
        List<ImportIssue> issues = runs.issues(id);
        return new RunDetail(run.getId(), run.getState().name(), run.getTriggeredBy(), run.getFiles(),
                run.getProcessed(), run.getPercentDone(), run.getImported(), run.getUpdated(), run.getUnchanged(),
                run.getRetired(), run.getRejected(), run.getQueuedAt(), run.getStartedAt(), run.getFinishedAt(),
                run.getFailure(), issuesOf(issues, ImportIssue.Severity.REJECTED),
                issuesOf(issues, ImportIssue.Severity.WARNING));
    }

    @POST
    @Operation(summary = "import the folders now (or right after the import that is running)")
    public Response start() {
        OptionalLong runId = imports.request(security.getUserPrincipal().getName());
        return Response.accepted(new Started(runId.isPresent() ? runId.getAsLong() : null,
                runId.isPresent() ? "Import lancé." : "Un import est en cours ; le suivant commencera juste après.")).build();
    }

    private static List<Issue> issuesOf(List<ImportIssue> issues, ImportIssue.Severity severity) {
        return issues.stream().filter(issue -> issue.getSeverity() == severity)
                .map(issue -> new Issue(issue.getPath(), issue.getReason())).toList();
    }

    public record RunList(List<RunView> runs) {
    }

    public record RunView(long id, String state, String triggeredBy, int files, int imported, int updated,
                          int unchanged, int retired, int rejected, Instant queuedAt, Instant startedAt,
                          Instant finishedAt) {

        static RunView of(ImportRun run) {
            return new RunView(run.getId(), run.getState().name(), run.getTriggeredBy(), run.getFiles(),
                    run.getImported(), run.getUpdated(), run.getUnchanged(), run.getRetired(), run.getRejected(),
                    run.getQueuedAt(), run.getStartedAt(), run.getFinishedAt());
        }
    }

    public record RunDetail(long id, String state, String triggeredBy, int files, int processed, int percentDone,
                            int imported, int updated, int unchanged, int retired, int rejected, Instant queuedAt,
                            Instant startedAt, Instant finishedAt, String failure, List<Issue> rejectedFiles,
                            List<Issue> warnings) {
    }

    public record Issue(String path, String reason) {
    }

    public record Started(Long runId, String message) {
    }
}
