package fr.suresnes.contactcenter.platform.address;

import java.net.InetAddress;

/** One address ({@code 192.0.2.10}, {@code 2001:db8::1}) or a CIDR block ({@code 10.0.0.0/8}, {@code fd00::/8}). */
public final class AddressRange {

    private final byte[] network;
    private final int prefixLength;

    private AddressRange(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    public static AddressRange parse(String text) {
        String[] parts = text.strip().split("/", 2);
        InetAddress address = IpLiteral.parse(parts[0]).orElseThrow(() ->
                new IllegalArgumentException("not an IP address nor a CIDR block: " + text));
        int bits = address.getAddress().length * 8;
        int prefixLength;
        try {
            prefixLength = parts.length == 1 ? bits : Integer.parseInt(parts[1].strip());
        } catch (NumberFormatException notANumber) {
            throw new IllegalArgumentException("not a CIDR block: " + text);
        }
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length out of range: " + text);
        }
        return new AddressRange(address.getAddress(), prefixLength);
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return rest == 0 || (candidate[whole] & mask) == (network[whole] & mask);
    }
}
