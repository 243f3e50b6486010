package fr.suresnes.contactcenter.platform.ratelimit;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * The key of a client's budget: its IPv4 address, or the /64 network of its IPv6 address, since a single subscriber
 * usually gets a whole /64 and could otherwise take a new budget with each of its addresses.
 */
final class ClientKey {

    private ClientKey() {
    }

    static String of(InetAddress client) {
        if (client instanceof Inet4Address) {
            return client.getHostAddress();
        }
        byte[] bytes = client.getAddress();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            key.append(Integer.toHexString(((bytes[i] & 0xFF) << 8) | (bytes[i + 1] & 0xFF))).append(':');
        }
        return key.append(":/64").toString();
    }
}
