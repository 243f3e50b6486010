package fr.suresnes.contactcenter.platform.address;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ClientAddressesTest {

    final ClientAddresses behindTheCityProxies = ClientAddresses.trusting(List.of("10.0.0.0/8", " 2001:db8:ffff::1 "));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        ClientAddresses direct = ClientAddresses.trusting(List.of());

        assertEquals(ip("198.51.100.7"), direct.clientOf(ip("198.51.100.7"), List.of("203.0.113.9")));
    }

    @Test
    void aPeerThatIsNotATrustedProxyIsTheClientWhateverItWrites() {
        assertEquals(ip("198.51.100.7"), behindTheCityProxies.clientOf(ip("198.51.100.7"), List.of("203.0.113.9")));
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItForwarded() {
        assertEquals(ip("203.0.113.9"), behindTheCityProxies.clientOf(ip("10.1.2.3"), List.of("203.0.113.9")));
    }

    @Test
    void whatTheClientWroteItselfOnTheLeftIsNeverBelieved() {
        InetAddress client = behindTheCityProxies.clientOf(ip("10.1.2.3"), List.of("192.0.2.66, 203.0.113.9"));

        assertEquals(ip("203.0.113.9"), client);
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        InetAddress client = behindTheCityProxies.clientOf(ip("10.1.2.3"),
                List.of("192.0.2.66, 203.0.113.9", "10.9.9.9, 2001:db8:ffff::1"));

        assertEquals(ip("203.0.113.9"), client, "several headers are one list, in the order received");
    }

    @Test
    void whenEveryAddressIsATrustedProxyTheFirstOneIsTheClient() {
        assertEquals(ip("10.7.7.7"), behindTheCityProxies.clientOf(ip("10.1.2.3"), List.of("10.7.7.7, 10.8.8.8")));
    }

    @Test
    void somethingThatIsNotAnAddressStopsAtTheLastAddressVouchedFor() {
        assertEquals(ip("10.8.8.8"), behindTheCityProxies.clientOf(ip("10.1.2.3"), List.of("203.0.113.9, unknown, 10.8.8.8")));
        assertEquals(ip("10.1.2.3"), behindTheCityProxies.clientOf(ip("10.1.2.3"), List.of("")));
        assertEquals(ip("10.1.2.3"), behindTheCityProxies.clientOf(ip("10.1.2.3"), List.of()));
    }

    @Test
    void ipv6ClientsAndProxiesWork() {
        assertEquals(ip("2001:db8:1:2::99"),
                behindTheCityProxies.clientOf(ip("2001:db8:ffff::1"), List.of("[2001:db8:1:2::99]")));
    }

    @Test
    void aTrustedProxyThatIsNotAnAddressIsAConfigurationError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ClientAddresses.trusting(List.of("proxy.ville.example")));
        assertTrue(error.getMessage().contains("proxy.ville.example"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.trusting(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.trusting(List.of("10.0.0.0/x")));
    }

    static InetAddress ip(String literal) {
        return IpLiteral.parse(literal).orElseThrow();
    }
}
