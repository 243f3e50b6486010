package fr.suresnes.contactcenter.channel.twilio;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Form-encoded parameters as they were sent, in order, duplicates kept: a query string or an
 * {@code application/x-www-form-urlencoded} body (the signature covers the body's parameters exactly).
 */
record FormParameters(List<Map.Entry<String, String>> entries) {

    static FormParameters parse(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return new FormParameters(List.of());
        }
        return new FormParameters(Arrays.stream(encoded.split("&")).filter(pair -> !pair.isEmpty())
                .map(pair -> {
                    int equals = pair.indexOf('=');
                    String name = equals < 0 ? pair : pair.substring(0, equals);
                    String value = equals < 0 ? "" : pair.substring(equals + 1);
                    return (Map.Entry<String, String>) new AbstractMap.SimpleImmutableEntry<>(decoded(name),
                            decoded(value));
                }).toList());
    }

    Optional<String> first(String name) {
        return entries.stream().filter(entry -> entry.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    private static String decoded(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
