package fr.suresnes.contactcenter.conversation.rest;

import fr.suresnes.contactcenter.conversation.boundary.Assistant;
import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import fr.suresnes.contactcenter.conversation.boundary.OpenedConversation;
import fr.suresnes.contactcenter.conversation.entity.AnswerRating;
import fr.suresnes.contactcenter.conversation.entity.Conversation;
import fr.suresnes.contactcenter.platform.rest.Problem;
import fr.suresnes.contactcenter.voice.speech.SpeechFormat;
import fr.suresnes.contactcenter.voice.speech.rest.MessageAudio;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The native conversation API for citizens' clients. Creating a conversation returns its access token; every other
 * call presents it as a bearer token, and a conversation that is not the caller's is reported as not found.
 */
@Path("conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conversations", description = "citizen conversations with the contact center")
public class ConversationsResource {

    private static final String BEARER = "Bearer ";

    @Inject
    Conversations conversations;

    @Inject
    Assistant assistant;

    @Inject
    ConversationStreams streams;

    @Inject
    MessageAudio audio;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "open a conversation; the response holds its access token")
    public Response open(NewConversation request) {
        NewConversation body = request == null ? new NewConversation(null) : request;
        if (!NewConversation.SELF_SERVICE.contains(body.channelOrDefault())) {
            return Problem.response(Response.Status.BAD_REQUEST, "Canal non permis",
                    "Une conversation ouverte ici peut être WEB_CHAT, REST_API ou BROWSER_VOICE.");
        }
        OpenedConversation opened = conversations.open(body.channelOrDefault());
        Conversation conversation = opened.conversation();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(conversation.getId())).build())
                .entity(new OpenedConversationView(conversation.getId(), opened.accessToken(), conversation.getState().name()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "the conversation and its messages")
    @SecurityRequirement(name = "conversationToken")
    public ConversationView read(@PathParam("id") long id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Conversation conversation = own(id, authorization);
        return ConversationView.of(conversation, conversations.transcript(conversation.getId()));
    }

    @POST
    @Path("{id}/messages")
    @Operation(summary = "send a citizen message; the response holds the conversation with the bot's reply")
    @SecurityRequirement(name = "conversationToken")
    public Response send(@PathParam("id") long id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @NotNull(message = "le corps de la requête est vide") @Valid MessageText message) {
        own(id, authorization);
        assistant.hear(tokenOf(authorization), message.text());
        return Response.accepted(read(id, authorization)).build();
    }

    @POST
    @Path("{id}/handoff")
    @Operation(summary = "ask for a person; the conversation waits for an agent in the queue of its topic")
    @SecurityRequirement(name = "conversationToken")
    public ConversationView askForAgent(@PathParam("id") long id,
                                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        own(id, authorization);
        conversations.requestAgent(tokenOf(authorization));
        return read(id, authorization);
    }

    @PUT
    @Path("{id}/messages/{messageId}/rating")
    @Operation(summary = "rate one of the bot's answers: was it useful?")
    @SecurityRequirement(name = "conversationToken")
    public Response rate(@PathParam("id") long id, @PathParam("messageId") long messageId,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @RequestBody(content = @Content(schema = @Schema(example = "{\"useful\": true}"))) JsonObject rating) {
        JsonValue useful = rating == null ? null : rating.get("useful");
        if (useful != JsonValue.TRUE && useful != JsonValue.FALSE) {
            return Problem.response(Response.Status.BAD_REQUEST, "Requête invalide",
                    "Le corps attendu est {\"useful\": true} ou {\"useful\": false}.");
        }
        own(id, authorization);
        conversations.rate(tokenOf(authorization), messageId,
                useful == JsonValue.TRUE ? AnswerRating.USEFUL : AnswerRating.NOT_USEFUL);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/messages/{messageId}/speech")
    @Produces({SpeechFormat.MEDIA_TYPE, Problem.MEDIA_TYPE})
    @Operation(summary = "a message of the conversation spoken by the server's speech engine, as 16-bit mono WAV")
    @APIResponse(responseCode = "200", description = "the message spoken, its citation markers left out",
            content = @Content(mediaType = SpeechFormat.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "no such message in the caller's conversation",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "the server makes no audio (speech.synthesis.engine=platform) or"
            + " its engine failed: the client speaks the text itself", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @SecurityRequirement(name = "conversationToken")
    public Response speech(@PathParam("id") long id, @PathParam("messageId") long messageId,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @Parameter(description = "browser: the engine's own sample rate; telephone: 8 kHz")
                           @QueryParam("format") @DefaultValue("browser") String format) {
        own(id, authorization);
        return conversations.transcript(id).stream()
                .filter(message -> message.getId() == messageId)
                .findFirst()
                .map(message -> audio.of(message, format))
                .orElseThrow(() -> new NotFoundException("Aucun message n° " + messageId + " dans cette conversation."));
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "the conversation live, as server-sent events: the transcript first, then each new message"
            + " (event \"message\") and each change of state (event \"state\")")
    @SecurityRequirement(name = "conversationToken")
    public void events(@PathParam("id") long id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                       @Context SseEventSink sink, @Context Sse sse) {
        own(id, authorization);
        if (!streams.open(id, tokenOf(authorization), sink, sse)) {
            throw new WebApplicationException(Problem.response(Response.Status.SERVICE_UNAVAILABLE,
                    "Trop de connexions", "Trop de suivis en direct sont ouverts ; réessayez dans un moment."));
        }
    }

    private Conversation own(long id, String authorization) {
        return conversations.findByAccessToken(tokenOf(authorization))
                .filter(conversation -> conversation.getId() == id)
                .orElseThrow(() -> new NotFoundException("Aucune conversation " + id + " pour ce jeton d'accès."));
    }

    private static String tokenOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new NotFoundException("Jeton d'accès à la conversation manquant.");
        }
        return authorization.substring(BEARER.length()).trim();
    }
}
