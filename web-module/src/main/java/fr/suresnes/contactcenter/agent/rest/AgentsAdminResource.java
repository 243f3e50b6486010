package fr.suresnes.contactcenter.agent.rest;

import fr.suresnes.contactcenter.agent.boundary.Agents;
import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

@Path("admin/agents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"supervisor", "admin"})
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
public class AgentsAdminResource {

    @Inject
    Agents agents;

    @GET
    @Operation(summary = "agents, their presence and the queues they serve")
    public List<AgentView> list() {
        return agents.all().stream().map(AgentView::of).toList();
    }

    public record AgentView(String username, String displayName, String presence, Instant presenceSince,
                            List<String> queues) {

        static AgentView of(Agent agent) {
            return new AgentView(agent.getUsername(), agent.getDisplayName(), agent.getPresence().name(),
                    agent.getPresenceSince(), agent.getSkills().stream().map(ContactQueue::getCode).sorted().toList());
        }
    }
}
