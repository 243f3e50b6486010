package fr.suresnes.contactcenter.platform.security;

import fr.suresnes.contactcenter.platform.rest.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic for the REST API beside the portal's form login: the credentials are checked against the same
 * contact-center security domain (programmatic login) for this request only, then @RolesAllowed on the resources
 * decides. Wrong credentials are refused here, never silently treated as anonymous.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class BasicCredentialsFilter extends HttpFilter {

    private static final String PREFIX = "Basic ";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        if (!logIn(request, header.substring(PREFIX.length()).trim())) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ContactCenter\", charset=\"UTF-8\"");
            ProblemWriter.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Identifiants refusés",
                    "Nom d'utilisateur ou mot de passe incorrect.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            request.logout();
        }
    }

    private static boolean logIn(HttpServletRequest request, String encoded) throws ServletException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        if (request.getUserPrincipal() != null) {
            request.logout();
        }
        try {
            request.login(decoded.substring(0, colon), decoded.substring(colon + 1));
            return true;
        } catch (ServletException refused) {
            return false;
        }
    }
}
