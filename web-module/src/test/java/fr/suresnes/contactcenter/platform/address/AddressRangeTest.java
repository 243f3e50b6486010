package fr.suresnes.contactcenter.platform.address;

import org.junit.jupiter.api.Test;

import static fr.suresnes.contactcenter.platform.address.ClientAddressesTest.ip;
import static org.junit.jupiter.api.Assertions.*;

class AddressRangeTest {

    @Test
    void aSingleAddressContainsOnlyItself() {
        AddressRange proxy = AddressRange.parse("192.0.2.10");

        assertTrue(proxy.contains(ip("192.0.2.10")));
        assertFalse(proxy.contains(ip("192.0.2.11")));
    }

    @Test
    void aBlockContainsItsAddressesUpToItsPrefixBitByBit() {
        AddressRange block = AddressRange.parse("172.16.0.0/12");

        assertTrue(block.contains(ip("172.16.0.1")));
        assertTrue(block.contains(ip("172.31.255.255")));
        assertFalse(block.contains(ip("172.32.0.0")));
        assertFalse(block.contains(ip("172.15.255.255")));
    }

    @Test
    void ipv4AndIpv6NeverMatchEachOther() {
        assertFalse(AddressRange.parse("0.0.0.0/0").contains(ip("2001:db8::1")));
        assertFalse(AddressRange.parse("::/0").contains(ip("192.0.2.1")));
        assertTrue(AddressRange.parse("2001:db8::/32").contains(ip("2001:db8:abcd::1")));
        assertFalse(AddressRange.parse("2001:db8::/32").contains(ip("2001:db9::1")));
    }
}
