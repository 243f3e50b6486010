package fr.suresnes.contactcenter.portal.history;

import fr.suresnes.contactcenter.history.boundary.CitizenHistory;
import fr.suresnes.contactcenter.history.entity.ContactAttachment;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A file recorded with a contact, {@code ?id=N}, for the agents (web.xml guards {@code /agent/*}). Always downloaded,
 * never shown in the portal's origin: a citizen's HTML or SVG file cannot run a script there.
 */
@WebServlet("/agent/piece-jointe")
public class AttachmentDownloadServlet extends HttpServlet {

    @Inject
    CitizenHistory history;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ContactAttachment> attachment = id(request.getParameter("id")).flatMap(history::attachment);
        if (attachment.isEmpty()) {
            response.setContentType("text/plain;charset=UTF-8");
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Pièce jointe introuvable.");
            return;
        }
        byte[] content = attachment.get().getContent();
        response.setContentType("application/octet-stream");
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(attachment.get().getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }

    private static Optional<Long> id(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
