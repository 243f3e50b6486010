package fr.suresnes.contactcenter.platform.address;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 address written out, read without ever asking the DNS (a header must not trigger a lookup). */
public final class IpLiteral {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiteral() {
    }

    /** The address, or empty when {@code text} is not an address (a host name, a port, garbage…). */
    public static Optional<InetAddress> parse(String text) {
        String candidate = text.strip();
        if (candidate.length() > 2 && candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        try {
            if (IPV4.matcher(candidate).matches()) {
                return Optional.of(InetAddress.getByName(candidate));
            }
            if (IPV6.matcher(candidate).matches()) {
                // bracketed, the JDK takes it as an IPv6 literal or refuses it, and never looks it up
                return Optional.of(InetAddress.getByName("[" + candidate + "]"));
            }
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
