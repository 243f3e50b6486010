package fr.suresnes.contactcenter.audit.rest;

import fr.suresnes.contactcenter.audit.boundary.AuditTrail;
import fr.suresnes.contactcenter.audit.entity.AuditRecord;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class AuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @Operation(summary = "the newest audit records")
    public List<AuditRecordView> recent(@QueryParam("limit") @DefaultValue("100")
                                        @Min(value = 1, message = "au moins 1") @Max(value = 1000, message = "au plus 1000")
                                        int limit) {
        return audit.recent(limit).stream().map(AuditRecordView::of).toList();
    }

    public record AuditRecordView(long id, Instant occurredAt, String actor, String action, String subjectType,
                                  String subjectId, String detail) {

        static AuditRecordView of(AuditRecord record) {
            return new AuditRecordView(record.getId(), record.getOccurredAt(), record.getActor(), record.getAction(),
                    record.getSubjectType(), record.getSubjectId(), record.getDetail());
        }
    }
}
