package fr.suresnes.contactcenter.platform.rest;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Writes an RFC 9457 problem document from a servlet or filter, outside JAX-RS. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank").add("title", title).add("status", status).add("detail", detail)
                .build().toString());
    }
}
