package fr.suresnes.contactcenter.channel.twilio;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Twilio's request signature ({@code X-Twilio-Signature}): Base64 of the HMAC-SHA1, keyed with the account's auth
 * token, of the full URL Twilio requested followed by each POST parameter's name and value, sorted by name.
 */
final class TwilioSignature {

    private static final String HMAC_SHA1 = "HmacSHA1";

    private final byte[] authToken;

    TwilioSignature(String authToken) {
        this.authToken = authToken.getBytes(StandardCharsets.UTF_8);
    }

    String of(String url, List<Map.Entry<String, String>> postParameters) {
        StringBuilder signed = new StringBuilder(url);
        postParameters.stream()
                .sorted(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()))
                .forEach(parameter -> signed.append(parameter.getKey()).append(parameter.getValue()));
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(new SecretKeySpec(authToken, HMAC_SHA1));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    boolean isValid(String signature, String url, List<Map.Entry<String, String>> postParameters) {
        return signature != null && MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                of(url, postParameters).getBytes(StandardCharsets.UTF_8));
    }
}
