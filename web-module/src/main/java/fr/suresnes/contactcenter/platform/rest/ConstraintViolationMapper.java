package fr.suresnes.contactcenter.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.stream.Collectors;

/** Bean Validation failures on request bodies and parameters: 400 with what is wrong, field by field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        String detail = exception.getConstraintViolations().stream()
                .map(ConstraintViolationMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return Problem.response(Response.Status.BAD_REQUEST, "Requête invalide", detail);
    }

    private static String describe(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String field = path.substring(path.lastIndexOf('.') + 1);
        return field + " : " + violation.getMessage();
    }
}
