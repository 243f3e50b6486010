package fr.suresnes.contactcenter.handoff.rest;

import fr.suresnes.contactcenter.agent.boundary.Agents;
import fr.suresnes.contactcenter.conversation.entity.Message;
import fr.suresnes.contactcenter.conversation.rest.MessageText;
import fr.suresnes.contactcenter.handoff.boundary.Handoffs;
import fr.suresnes.contactcenter.platform.rest.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** Agents taking conversations from the queues and answering citizens, for clients other than the portal. */
@Path("agent/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
@Tag(name = "Agents")
@SecurityRequirement(name = "basic")
public class AgentConversationsResource {

    @Inject
    Agents agents;

    @Inject
    Handoffs handoffs;

    @Context
    SecurityContext security;

    @POST
    @Path("{id}/claim")
    @Operation(summary = "take a waiting conversation; exactly one agent wins when several claim at once")
    public Response claim(@PathParam("id") long id) {
        String username = security.getUserPrincipal().getName();
        agents.enroll(username);
        if (!handoffs.claim(id, username)) {
            return Problem.response(Response.Status.CONFLICT, "Conversation non disponible",
                    "La conversation " + id + " n'attend pas de conseiller : elle est déjà prise, close ou inconnue.");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/messages")
    @Operation(summary = "reply to the citizen on a conversation this agent holds")
    public Response reply(@PathParam("id") long id,
                          @NotNull(message = "le corps de la requête est vide") @Valid MessageText message) {
        Message sent = handoffs.reply(id, security.getUserPrincipal().getName(), message.text());
        return Response.status(Response.Status.CREATED).entity(new SentReply(sent.getId(), sent.getSentAt())).build();
    }

    public record SentReply(long id, Instant sentAt) {
    }
}
