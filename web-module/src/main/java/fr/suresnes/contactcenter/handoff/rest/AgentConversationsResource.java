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
import jakarta.ws.rs.GET;
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
import java.util.List;

/**
 * Agents taking conversations from the queues, answering citizens, transferring, handing back to the bot and closing,
 * for clients other than the portal. Only the agent who holds a conversation acts on it.
 */
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

    @POST
    @Path("{id}/transfer")
    @Operation(summary = "hand a conversation this agent holds to another queue ({\"queue\": code}) or to a colleague"
            + " ({\"agent\": username})")
    public Response transfer(@PathParam("id") long id, @NotNull(message = "le corps de la requête est vide") Transfer transfer) {
        String username = security.getUserPrincipal().getName();
        if ((transfer.queue() == null) == (transfer.agent() == null)) {
            return Problem.response(Response.Status.BAD_REQUEST, "Requête invalide",
                    "Indiquez soit une file (queue), soit un conseiller (agent).");
        }
        if (transfer.queue() != null) {
            handoffs.transferToQueue(id, username, transfer.queue());
        } else {
            handoffs.transferToAgent(id, username, transfer.agent());
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/bot")
    @Operation(summary = "hand a conversation this agent holds back to the bot")
    public Response handBack(@PathParam("id") long id) {
        handoffs.handBackToBot(id, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "close a conversation this agent holds with a wrap-up code and an optional note")
    public Response close(@PathParam("id") long id, @NotNull(message = "le corps de la requête est vide") Closing closing) {
        handoffs.close(id, security.getUserPrincipal().getName(), closing.wrapUp(), closing.note());
        return Response.noContent().build();
    }

    @GET
    @Path("wrap-up-codes")
    @Operation(summary = "the wrap-up codes an agent closes conversations with")
    public List<WrapUpView> wrapUpCodes() {
        return handoffs.wrapUpCodes().stream().map(code -> new WrapUpView(code.getCode(), code.getLabel())).toList();
    }

    public record SentReply(long id, Instant sentAt) {
    }

    public record Transfer(String queue, String agent) {
    }

    public record Closing(String wrapUp, String note) {
    }

    public record WrapUpView(String code, String label) {
    }
}
