package fr.suresnes.contactcenter.platform.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every HTTP error the JAX-RS runtime or a resource raises, as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof ForbiddenException && security.getUserPrincipal() == null) {
            return Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "Authentification requise",
                            "Identifiez-vous (HTTP Basic) avec un compte qui a le rôle nécessaire."))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ContactCenter\", charset=\"UTF-8\"")
                    .build();
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        return Problem.response(status, titleOf(exception, status), exception.getMessage());
    }

    private static String titleOf(WebApplicationException exception, Response.StatusType status) {
        if (exception instanceof NotFoundException) {
            return "Ressource introuvable";
        }
        if (exception instanceof ForbiddenException) {
            return "Accès refusé";
        }
        if (exception instanceof NotAllowedException) {
            return "Méthode non permise";
        }
        if (exception instanceof NotSupportedException) {
            return "Type de contenu non pris en charge";
        }
        return status.getReasonPhrase();
    }
}
