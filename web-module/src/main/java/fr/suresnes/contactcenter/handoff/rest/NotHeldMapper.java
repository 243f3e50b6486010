package fr.suresnes.contactcenter.handoff.rest;

import fr.suresnes.contactcenter.handoff.boundary.NotHeldException;
import fr.suresnes.contactcenter.platform.rest.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class NotHeldMapper implements ExceptionMapper<NotHeldException> {

    @Override
    public Response toResponse(NotHeldException exception) {
        return Problem.response(Response.Status.CONFLICT, "Conversation non prise en charge",
                "Vous ne tenez pas cette conversation : prenez-la dans la file d'attente avant d'y répondre.");
    }
}
