package fr.suresnes.contactcenter.knowledge.rest;

import fr.suresnes.contactcenter.knowledge.boundary.KnowledgeSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The re-index command: the search index is derived, and can always be rebuilt from the database. */
@Path("knowledge/index")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Knowledge base")
@SecurityRequirement(name = "basic")
public class KnowledgeIndexResource {

    @Inject
    KnowledgeSearch search;

    @POST
    @Operation(summary = "rebuild the search index from the database")
    public Rebuilt rebuild() {
        return new Rebuilt(search.rebuild());
    }

    public record Rebuilt(long passages) {
    }
}
