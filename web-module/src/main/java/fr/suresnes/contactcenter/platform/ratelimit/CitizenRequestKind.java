package fr.suresnes.contactcenter.platform.ratelimit;

import java.util.List;
import java.util.Set;

/**
 * What a request on a citizen channel costs: an opening, a message, or nothing (reading creates nothing, and a
 * telephony gateway's turn is not counted per address: one gateway carries every call, from a handful of addresses,
 * and a 429 would cut a caller off; the number of lines bounds the calls, and Twilio's requests are signed).
 */
enum CitizenRequestKind {

    OPENING, MESSAGE, READ, GATEWAY;

    /** the entry points that open a conversation (CONTRACTS.md); every other write is a message */
    private static final Set<String> OPENING_PATHS = Set.of("/api/conversations");
    /** the callbot's VoiceXML and TwiML endpoints, called by telephony gateways */
    private static final List<String> GATEWAY_PREFIXES = List.of("/voice/vxml/", "/voice/twilio/");
    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** a message read aloud by the server: reading, but it runs the speech engine, so it costs like a message */
    private static final String SPEECH_SUFFIX = "/speech";

    /** {@code path} is the path within the application, such as {@code /api/conversations/12/messages}. */
    static CitizenRequestKind of(String method, String path) {
        if (path.endsWith(SPEECH_SUFFIX)) {
            return MESSAGE;
        }
        if (READING_METHODS.contains(method)) {
            return READ;
        }
        if (GATEWAY_PREFIXES.stream().anyMatch(path::startsWith)) {
            return GATEWAY;
        }
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return OPENING_PATHS.contains(trimmed) && "POST".equals(method) ? OPENING : MESSAGE;
    }
}
