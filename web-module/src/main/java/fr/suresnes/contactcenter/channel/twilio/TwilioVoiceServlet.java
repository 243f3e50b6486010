package fr.suresnes.contactcenter.channel.twilio;

import fr.suresnes.contactcenter.channel.telephony.GatewayParameters;
import fr.suresnes.contactcenter.platform.rest.ProblemWriter;
import fr.suresnes.contactcenter.voice.call.boundary.CallScript;
import fr.suresnes.contactcenter.voice.call.boundary.CallTurn;
import fr.suresnes.contactcenter.voice.call.boundary.Calls;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The callbot for Twilio-style gateways: {@code POST /voice/twilio/incoming} (Twilio's voice webhook: {@code CallSid},
 * {@code From}, …) answers the greeting in a {@code <Gather>} whose action, {@code /voice/twilio/gather}, receives
 * {@code SpeechResult} or {@code Digits} (or nothing) and answers the next TwiML; the query of the action carries the
 * menu topic and the count of missed turns. Every request must carry a valid {@code X-Twilio-Signature} made with
 * {@code callbot.twilio.auth-token} (403 otherwise); without a token, the webhook refuses every call (503). A thin adapter: the dialog belongs to {@link Calls}.
 */
@WebServlet("/voice/twilio/*")
public class TwilioVoiceServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(TwilioVoiceServlet.class.getName());

    @Inject
    Calls calls;

    /** empty when no auth token is configured: every request is then refused */
    private Optional<TwilioSignature> signature;
    /** the scheme, host and port Twilio calls, when a reverse proxy changes them; empty: the request's own */
    private Optional<String> publicUrl;

    /** read from this web module's configuration, as the citizen rate limit filter does (see there) */
    @Override
    public void init() {
        Config config = ConfigProvider.getConfig(TwilioVoiceServlet.class.getClassLoader());
        signature = config.getOptionalValue("callbot.twilio.auth-token", String.class).filter(token -> !token.isBlank())
                .map(TwilioSignature::new);
        publicUrl = config.getOptionalValue("callbot.twilio.public-url", String.class).filter(url -> !url.isBlank())
                .map(url -> url.replaceFirst("/+$", ""));
        if (signature.isEmpty()) {
            LOG.warning("callbot.twilio.auth-token is not set: requests to /voice/twilio are refused");
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            ProblemWriter.write(response, 405, "Méthode non permise", "Ce canal n'accepte que POST.");
            return;
        }
        String step = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!step.equals("/incoming") && !step.equals("/gather")) {
            ProblemWriter.write(response, 404, "Introuvable", "Le webhook d'appel est POST /voice/twilio/incoming.");
            return;
        }
        if (signature.isEmpty()) {
            ProblemWriter.write(response, 503, "Canal non configuré",
                    "Le webhook Twilio n'accepte aucun appel tant que callbot.twilio.auth-token n'est pas configuré.");
            return;
        }
        FormParameters form;
        try {
            form = FormParameters.parse(body(request));
        } catch (IllegalArgumentException malformed) {
            ProblemWriter.write(response, 400, "Requête invalide", "Le formulaire de la requête est mal encodé.");
            return;
        }
        String url = publicUrl.map(base -> base + request.getRequestURI()).orElseGet(() -> request.getRequestURL().toString())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (!signature.get().isValid(request.getHeader("X-Twilio-Signature"), url, form.entries())) {
            ProblemWriter.write(response, 403, "Signature invalide",
                    "La requête ne porte pas de signature X-Twilio-Signature valide.");
            return;
        }
        FormParameters query;
        try {
            query = FormParameters.parse(request.getQueryString());
        } catch (IllegalArgumentException malformed) {
            ProblemWriter.write(response, 400, "Requête invalide", "L'adresse de la requête est mal encodée.");
            return;
        }
        int missedBefore = query.first("misses").filter(misses -> misses.matches("\\d{1,2}")).map(Integer::parseInt).orElse(0);
        String topic = GatewayParameters.topic(query.first("topic").orElse(null));
        Optional<String> callId = GatewayParameters.callId(form.first("CallSid").orElse(null));
        Optional<String> speech = form.first("SpeechResult").map(String::strip).filter(said -> !said.isEmpty());
        Optional<Character> key = GatewayParameters.key(form.first("Digits").orElse(null));
        boolean missed = step.equals("/gather") && speech.isEmpty() && key.isEmpty();
        CallTurn turn;
        try {
            if (callId.isEmpty()) {
                turn = CallScript.unknownCall();
            } else if (step.equals("/incoming")) {
                turn = calls.start(callId.get(), form.first("From").orElse(null));
            } else if (speech.isPresent()) {
                turn = calls.hear(callId.get(), speech.get(), topic);
            } else if (key.isPresent()) {
                turn = calls.press(callId.get(), key.get(), topic);
            } else {
                turn = calls.missed(callId.get(), missedBefore + 1, true, topic);
            }
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Twilio turn " + step + " failed", failure);
            turn = CallScript.incident();
        }
        response.setContentType(TwimlDocument.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(TwimlDocument.of(turn, action(request, turn.topic(), missed ? missedBefore + 1 : 0)));
    }

    private static String action(HttpServletRequest request, String topic, int misses) {
        return request.getContextPath() + "/voice/twilio/gather?misses=" + misses
                + (topic == null ? "" : "&topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
    }

    /** small: CitizenBodySizeFilter, mapped on /voice/*, refuses bodies beyond its limit */
    private static String body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
