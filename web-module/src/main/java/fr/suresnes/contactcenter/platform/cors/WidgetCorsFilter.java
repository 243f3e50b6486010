package fr.suresnes.contactcenter.platform.cors;

import fr.suresnes.contactcenter.platform.rest.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Cross-origin access to the conversation API (mapped in web.xml to {@code /api/conversations/*} only) for the chat
 * widget embedded in the city's sites, listed in {@code citizen.widget.allowed-origins}. Calls carry a bearer token,
 * never cookies, so credentials are not allowed. Preflights from an allowed origin are answered here; from any other
 * origin they are refused, and no response ever carries CORS headers for an origin that is not allowed. It runs
 * before the limits, so that a widget can read a 413 or a 429 and its Retry-After.
 */
public class WidgetCorsFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(WidgetCorsFilter.class.getName());

    private static final List<String> METHODS = List.of("GET", "POST", "PUT");
    private static final Set<String> HEADERS = Set.of("authorization", "content-type");
    private static final String PREFLIGHT_CACHE_SECONDS = "600";

    private AllowedOrigins allowed;

    /** Read from this web module's configuration, as in {@code CitizenRateLimitFilter}. */
    @Override
    public void init() {
        allowed = AllowedOrigins.of(ConfigProvider.getConfig(WidgetCorsFilter.class.getClassLoader())
                .getOptionalValues("citizen.widget.allowed-origins", String.class).orElse(List.of()));
        LOG.info(allowed.isEmpty() ? "chat widget: same-origin only" : "chat widget allowed on " + allowed);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        response.addHeader("Vary", "Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && origin != null
                && request.getHeader("Access-Control-Request-Method") != null;
        if (preflight) {
            answerPreflight(request, response, origin);
            return;
        }
        if (allowed.allows(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Expose-Headers", "Location, Retry-After");
        }
        chain.doFilter(request, response);
    }

    private void answerPreflight(HttpServletRequest request, HttpServletResponse response, String origin)
            throws IOException {
        response.addHeader("Vary", "Access-Control-Request-Method, Access-Control-Request-Headers");
        if (!allowed.allows(origin) || !METHODS.contains(request.getHeader("Access-Control-Request-Method"))
                || !HEADERS.containsAll(requestedHeaders(request))) {
            ProblemWriter.write(response, HttpServletResponse.SC_FORBIDDEN, "Origine non autorisée",
                    "Ce site n'est pas autorisé à appeler l'API des conversations, ou pas de cette façon.");
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", origin);
        response.setHeader("Access-Control-Allow-Methods", String.join(", ", METHODS));
        response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
        response.setHeader("Access-Control-Max-Age", PREFLIGHT_CACHE_SECONDS);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static List<String> requestedHeaders(HttpServletRequest request) {
        String requested = request.getHeader("Access-Control-Request-Headers");
        return requested == null || requested.isBlank() ? List.of() : Arrays.stream(requested.split(","))
                .map(header -> header.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
