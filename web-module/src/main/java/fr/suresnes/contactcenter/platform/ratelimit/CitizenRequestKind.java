package fr.suresnes.contactcenter.platform.ratelimit;

import java.util.Set;

/** What a request on a citizen channel costs: an opening, a message, or nothing (reading creates nothing). */
enum CitizenRequestKind {

    OPENING, MESSAGE, READ;

    /** the entry points that open a conversation or a call (CONTRACTS.md); every other write is a message */
    private static final Set<String> OPENING_PATHS = Set.of("/api/conversations", "/voice/vxml/start",
            "/voice/twilio/incoming");
    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** {@code path} is the path within the application, such as {@code /api/conversations/12/messages}. */
    static CitizenRequestKind of(String method, String path) {
        if (READING_METHODS.contains(method)) {
            return READ;
        }
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return OPENING_PATHS.contains(trimmed) && "POST".equals(method) ? OPENING : MESSAGE;
    }
}
