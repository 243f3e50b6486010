package fr.suresnes.contactcenter.platform.address;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who the client is. The peer of the connection, unless the peer is one of the city's reverse proxies: then
 * {@code X-Forwarded-For} is read from its end, each trusted proxy vouching for the address on its left, and the
 * client is the first address that is not a trusted proxy. Whatever a client writes in the header itself is on the
 * left of what the proxies appended, so it is never believed.
 */
public final class ClientAddresses {

    private final List<AddressRange> trustedProxies;

    private ClientAddresses(List<AddressRange> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    /** {@code proxies}: addresses and CIDR blocks, such as {@code 10.0.0.0/8}; none = no header is ever believed. */
    public static ClientAddresses trusting(List<String> proxies) {
        return new ClientAddresses(proxies.stream().filter(proxy -> !proxy.isBlank()).map(AddressRange::parse).toList());
    }

    /**
     * @param peer         the address of the connection's other end
     * @param forwardedFor the values of every {@code X-Forwarded-For} header, in the order received
     */
    public InetAddress clientOf(InetAddress peer, List<String> forwardedFor) {
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(","))).toList();
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpLiteral.parse(hops.get(i));
            if (hop.isEmpty()) {
                // a proxy appended something that is not an address: stop at the last address vouched for
                return client;
            }
            client = hop.get();
            if (!trusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
