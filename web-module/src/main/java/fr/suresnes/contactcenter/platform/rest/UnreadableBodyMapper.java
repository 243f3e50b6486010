package fr.suresnes.contactcenter.platform.rest;

import fr.suresnes.contactcenter.platform.bodysize.BodyTooLargeException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed JSON, or JSON whose values have the wrong types; or a body that went beyond its size limit. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, BodyTooLargeException.TITLE,
                        tooLarge.detail());
            }
        }
        return Problem.response(Response.Status.BAD_REQUEST, "Requête illisible",
                "Le corps de la requête doit être un document JSON valide, aux champs du bon type.");
    }
}
