package fr.suresnes.contactcenter.platform.cors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sites allowed to embed the chat widget, as origins ({@code https://www.ville-suresnes.fr}, scheme, host and
 * port if not the default). Compared exactly, without case; no wildcard: each site is named.
 */
final class AllowedOrigins {

    private final Set<String> origins;

    private AllowedOrigins(Set<String> origins) {
        this.origins = origins;
    }

    static AllowedOrigins of(List<String> configured) {
        return new AllowedOrigins(configured.stream()
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .map(AllowedOrigins::normalised)
                .collect(Collectors.toUnmodifiableSet()));
    }

    boolean allows(String origin) {
        return origin != null && origins.contains(normalised(origin));
    }

    boolean isEmpty() {
        return origins.isEmpty();
    }

    @Override
    public String toString() {
        return origins.toString();
    }

    /** the form browsers send: lower case, no trailing slash */
    private static String normalised(String origin) {
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
