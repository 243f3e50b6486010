package fr.suresnes.contactcenter.channel.telephony;

import fr.suresnes.contactcenter.platform.address.AddressRange;
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
 * The VoiceXML gateways are known machines: only the addresses of {@code callbot.vxml.allowed-addresses} (behind the
 * trusted reverse proxies of {@code citizen.rate-limit.trusted-proxies}) may open calls and speak for callers, whose
 * numbers join citizens' histories; anyone else gets 403. The gateways are not rate limited per address, since one
 * gateway carries every call.
 */
public class GatewayAccessFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(GatewayAccessFilter.class.getName());

    private List<AddressRange> allowed;
    private ClientAddresses addresses;

    /** read from this web module's configuration, as the citizen rate limit filter does (see there) */
    @Override
    public void init() {
        Config config = ConfigProvider.getConfig(GatewayAccessFilter.class.getClassLoader());
        List<String> gateways = config.getOptionalValues("callbot.vxml.allowed-addresses", String.class).orElse(List.of());
        allowed = gateways.stream().filter(gateway -> !gateway.isBlank()).map(AddressRange::parse).toList();
        addresses = ClientAddresses.trusting(config.getOptionalValues("citizen.rate-limit.trusted-proxies", String.class)
                .orElse(List.of()));
        LOG.info("VoiceXML gateways allowed from " + gateways);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<InetAddress> peer = IpLiteral.parse(request.getRemoteAddr());
        boolean known = peer.map(address -> addresses.clientOf(address,
                        Collections.list(request.getHeaders("X-Forwarded-For"))))
                .map(client -> allowed.stream().anyMatch(range -> range.contains(client))).orElse(false);
        if (!known) {
            ProblemWriter.write(response, HttpServletResponse.SC_FORBIDDEN, "Accès refusé",
                    "Ce canal est réservé aux passerelles téléphoniques déclarées par la Ville.");
            return;
        }
        chain.doFilter(request, response);
    }
}
