package fr.suresnes.contactcenter.handoff.rest;

import fr.suresnes.contactcenter.handoff.boundary.HandoffRefusedException;
import fr.suresnes.contactcenter.platform.rest.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class HandoffRefusedMapper implements ExceptionMapper<HandoffRefusedException> {

    @Override
    public Response toResponse(HandoffRefusedException exception) {
        return Problem.response(Response.Status.BAD_REQUEST, "Action refusée", exception.getMessage());
    }
}
