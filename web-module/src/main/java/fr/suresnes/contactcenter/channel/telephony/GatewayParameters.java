package fr.suresnes.contactcenter.channel.telephony;

import fr.suresnes.contactcenter.voice.call.control.CallMenu;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values a telephony gateway sends back from turn to turn, checked before use: they come from the network and
 * go into documents (the call id into a VoiceXML script expression, the topic into URLs).
 */
public final class GatewayParameters {

    /** Twilio's CallSid (CA + 32 hex digits), a UUID, or a platform's session id */
    private static final Pattern CALL_ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern KEY = Pattern.compile("[0-9*#]");

    private GatewayParameters() {
    }

    public static Optional<String> callId(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(id -> CALL_ID.matcher(id).matches());
    }

    /** the queue code of a menu topic, or null for none (or anything else) */
    public static String topic(String value) {
        return Arrays.stream(CallMenu.values()).map(CallMenu::queueCode).filter(code -> code.equals(value))
                .findFirst().orElse(null);
    }

    /** the first key of what was pressed */
    public static Optional<Character> key(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(keys -> !keys.isEmpty())
                .map(keys -> keys.substring(0, 1)).filter(key -> KEY.matcher(key).matches()).map(key -> key.charAt(0));
    }
}
