package fr.suresnes.contactcenter.conversation.rest;

import fr.suresnes.contactcenter.conversation.boundary.UnknownConversationException;
import fr.suresnes.contactcenter.platform.rest.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class UnknownConversationMapper implements ExceptionMapper<UnknownConversationException> {

    @Override
    public Response toResponse(UnknownConversationException exception) {
        return Problem.response(Response.Status.NOT_FOUND, "Ressource introuvable", exception.getMessage());
    }
}
