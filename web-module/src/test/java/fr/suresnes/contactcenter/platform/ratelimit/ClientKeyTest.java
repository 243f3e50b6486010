package fr.suresnes.contactcenter.platform.ratelimit;

import fr.suresnes.contactcenter.platform.address.IpLiteral;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ClientKeyTest {

    @Test
    void anIpv4ClientIsItsAddress() {
        assertEquals("203.0.113.9", ClientKey.of(ip("203.0.113.9")));
    }

    @Test
    void ipv6ClientsOfOneSlash64ShareOneKey() {
        assertEquals("2001:db8:1:2::/64", ClientKey.of(ip("2001:db8:1:2::1")));
        assertEquals(ClientKey.of(ip("2001:db8:1:2::1")), ClientKey.of(ip("2001:db8:1:2:ffff:ffff:ffff:ffff")));
        assertNotEquals(ClientKey.of(ip("2001:db8:1:2::1")), ClientKey.of(ip("2001:db8:1:3::1")));
    }

    private static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
