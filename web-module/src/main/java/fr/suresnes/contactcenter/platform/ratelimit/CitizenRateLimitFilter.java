package fr.suresnes.contactcenter.platform.ratelimit;

import fr.suresnes.contactcenter.platform.address.ClientAddresses;
import fr.suresnes.contactcenter.platform.address.IpLiteral;
import fr.suresnes.contactcenter.platform.rest.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

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

    private boolean enabled;
    private ClientAddresses addresses;
    private ClientBuckets openings;
    private ClientBuckets messages;

    /**
     * The settings are read from this web module's configuration: its microprofile-config.properties is not among
     * the sources that CDI sees when it checks the injection points of the whole EAR.
     */
    @Override
    public void init() {
        Config config = ConfigProvider.getConfig(CitizenRateLimitFilter.class.getClassLoader());
        enabled = config.getValue("citizen.rate-limit.enabled", Boolean.class);
        if (!enabled) {
            LOG.warning("citizen.rate-limit.enabled=false: the citizen channels are not rate limited");
            return;
        }
        Budget openingBudget = budget(config, "citizen.rate-limit.conversations");
        Budget messageBudget = budget(config, "citizen.rate-limit.messages");
        long maxClients = config.getValue("citizen.rate-limit.max-clients", Long.class);
        List<String> trustedProxies = config.getOptionalValues("citizen.rate-limit.trusted-proxies", String.class)
                .orElse(List.of());
        addresses = ClientAddresses.trusting(trustedProxies);
        openings = new ClientBuckets(openingBudget, maxClients, System::nanoTime);
        messages = new ClientBuckets(messageBudget, maxClients, System::nanoTime);
        LOG.info("citizen channels limited per client to " + openingBudget + " new conversations and "
                + messageBudget + " messages; trusted proxies: " + trustedProxies);
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
            case READ, GATEWAY -> Admission.GRANTED;
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

    private static Budget budget(Config config, String prefix) {
        return new Budget(config.getValue(prefix + ".per-minute", Integer.class), config.getValue(prefix + ".burst", Integer.class));
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
