package fr.suresnes.contactcenter.knowledge.rest;

import fr.suresnes.contactcenter.knowledge.importing.KnowledgeImports;
import fr.suresnes.contactcenter.knowledge.importing.UploadRefusedException;
import fr.suresnes.contactcenter.knowledge.importing.Uploads;
import fr.suresnes.contactcenter.platform.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;

/** An administrator adds a document to the knowledge base: it lands in the uploads folder and is imported. */
@Path("knowledge/uploads")
@RolesAllowed("admin")
@Tag(name = "Knowledge base")
@SecurityRequirement(name = "basic")
public class KnowledgeUploadsResource {

    @Inject
    Uploads uploads;

    @Inject
    KnowledgeImports imports;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "add a document (multipart part « file »); it is imported at once")
    public Response upload(@FormParam("file") EntityPart file) throws IOException {
        if (file == null || file.getFileName().isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "Fichier manquant",
                    "Envoyez le document dans la partie « file » d'un formulaire multipart.");
        }
        String stored;
        try (InputStream content = file.getContent()) {
            stored = uploads.store(file.getFileName().get(), content);
        } catch (UploadRefusedException refused) {
            return Problem.response(refused.isTooLarge() ? Response.Status.REQUEST_ENTITY_TOO_LARGE : Response.Status.BAD_REQUEST,
                    "Document refusé", refused.getMessage());
        }
        OptionalLong runId = imports.request(security.getUserPrincipal().getName());
        return Response.accepted(new Uploaded(stored, runId.isPresent() ? runId.getAsLong() : null)).build();
    }

    public record Uploaded(String file, Long runId) {
    }
}
