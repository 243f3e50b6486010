package fr.suresnes.contactcenter.platform.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Malformed JSON, or JSON whose values have the wrong types. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, "Requête illisible",
                "Le corps de la requête doit être un document JSON valide, aux champs du bon type.");
    }
}
