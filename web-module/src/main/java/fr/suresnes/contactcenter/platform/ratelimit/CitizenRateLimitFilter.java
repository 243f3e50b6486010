package fr.suresnes.contactcenter.platform.ratelimit;

import fr.suresnes.contactcenter.platform.rest.ProblemWriter;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Rate limits of the citizen channels (mapped in web.xml): each client, by address, has a budget for opening
 * conversations and one for messages; reading costs nothing. Over budget, 429 with Retry-After, in French. The keys
 * {@code citizen.rate-limit.*} are described in microprofile-config.properties.
 */
public class CitizenRateLimitFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CitizenRateLimitFilter.class.getName());

    @Inject
    @ConfigProperty(name = "citizen.rate-limit.enabled")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "citizen.rate-limit.conversations.per-minute")
    int conversationsPerMinute;

    @Inject
    @ConfigProperty(name = "citizen.rate-limit.conversations.burst")
    int conversationsBurst;

    @Inject
    @ConfigProperty(name = "citizen.rate-limit.messages.per-minute")
    int messagesPerMinute;

    @Inject
    @ConfigProperty(name = "citizen.rate-limit.messages.burst")
    int messagesBurst;

    @Inject
    @ConfigProperty(name = "citizen.rate-limit.max-clients")
    long maxClients;

    @Inject
    @ConfigProperty(name = "citizen.rate-limit.trusted-proxies")
    Optional<List<String>> trustedProxies;

    private ClientAddresses addresses;
    private ClientBuckets openings;
    private ClientBuckets messages;

    @Override
    public void init() {
        if (!enabled) {
            LOG.warning("citizen.rate-limit.enabled=false: the citizen channels are not rate limited");
            return;
        }
        Budget openingBudget = new Budget(conversationsPerMinute, conversationsBurst);
        Budget messageBudget = new Budget(messagesPerMinute, messagesBurst);
        addresses = ClientAddresses.trusting(trustedProxies.orElse(List.of()));
        openings = new ClientBuckets(openingBudget, maxClients, System::nanoTime);
        messages = new ClientBuckets(messageBudget, maxClients, System::nanoTime);
        LOG.info("citizen channels limited per client to " + openingBudget + " new conversations and "
                + messageBudget + " messages; trusted proxies: " + trustedProxies.orElse(List.of()));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        Admission admission = switch (CitizenRequestKind.of(request.getMethod(), pathOf(request))) {
            case OPENING -> openings.admit(clientOf(request));
            case MESSAGE -> messages.admit(clientOf(request));
            case READ -> Admission.GRANTED;
        };
        if (admission.granted()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = admission.retryAfterSeconds();
        response.setHeader("Retry-After", String.valueOf(seconds));
        ProblemWriter.write(response, 429, "Trop de requêtes",
                "Vous avez envoyé beaucoup de demandes en peu de temps. Merci de réessayer dans " + seconds
                        + (seconds == 1 ? " seconde." : " secondes."));
    }

    private String clientOf(HttpServletRequest request) {
        Optional<InetAddress> peer = IpLiteral.parse(request.getRemoteAddr());
        if (peer.isEmpty()) {
            return request.getRemoteAddr();
        }
        List<String> forwardedFor = Collections.list(request.getHeaders("X-Forwarded-For"));
        return ClientKey.of(addresses.clientOf(peer.get(), forwardedFor));
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
