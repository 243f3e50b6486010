package fr.suresnes.contactcenter.platform.address;

import org.junit.jupiter.api.Test;

import java.net.Inet4Address;
import java.net.Inet6Address;

import static org.junit.jupiter.api.Assertions.*;

class IpLiteralTest {

    @Test
    void addressesAreRead() {
        assertInstanceOf(Inet4Address.class, IpLiteral.parse(" 203.0.113.9 ").orElseThrow());
        assertInstanceOf(Inet6Address.class, IpLiteral.parse("2001:db8::1").orElseThrow());
        assertInstanceOf(Inet6Address.class, IpLiteral.parse("[::1]").orElseThrow());
        assertEquals("192.0.2.1", IpLiteral.parse("::ffff:192.0.2.1").orElseThrow().getHostAddress(),
                "an IPv4-mapped address is the IPv4 address");
    }

    @Test
    void anythingElseIsNotAnAddressAndIsNeverLookedUp() {
        for (String notAnAddress : new String[]{"", "unknown", "localhost", "example.org", "203.0.113.9:443",
                "256.1.1.1", "1.2.3", "01.2.3.4", "2001:db8::zz", "[2001:db8::1", "fe80::1%eth0"}) {
            assertTrue(IpLiteral.parse(notAnAddress).isEmpty(), notAnAddress);
        }
    }
}
