package fr.suresnes.contactcenter.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures from the business core. A rule the request broke is the client's problem (400 or 409, with the reason);
 * anything else is logged with an identifier the client can quote, and never shown as a stack trace.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(BusinessExceptionMapper.class.getName());

    @Override
    public Response toResponse(EJBException exception) {
        if (exception instanceof EJBAccessException) {
            return Problem.response(Response.Status.FORBIDDEN, "Accès refusé", "Votre rôle ne permet pas cette action.");
        }
        Throwable cause = exception.getCause() == null ? exception : exception.getCause();
        if (cause instanceof IllegalArgumentException) {
            return Problem.response(Response.Status.BAD_REQUEST, "Requête invalide", cause.getMessage());
        }
        if (cause instanceof IllegalStateException) {
            return Problem.response(Response.Status.CONFLICT, "Action impossible dans l'état actuel", cause.getMessage());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, exception);
        return Problem.response(Response.Status.INTERNAL_SERVER_ERROR, "Erreur interne",
                "Le service a rencontré une erreur. Référence de l'incident : " + incident);
    }
}
