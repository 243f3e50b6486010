package fr.suresnes.contactcenter.channel.voicexml;

import fr.suresnes.contactcenter.channel.telephony.GatewayParameters;
import fr.suresnes.contactcenter.platform.bodysize.CitizenBodySizeFilter;
import fr.suresnes.contactcenter.platform.rest.ProblemWriter;
import fr.suresnes.contactcenter.voice.call.boundary.CallScript;
import fr.suresnes.contactcenter.voice.call.boundary.CallTurn;
import fr.suresnes.contactcenter.voice.call.boundary.Calls;
import fr.suresnes.contactcenter.voice.speech.RecordedUtterance;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The callbot for VoiceXML 2.1 platforms: {@code /voice/vxml/start} opens the call (optional form fields
 * {@code callId}, the platform's id of the call, and {@code caller}, the caller's number), and the documents it
 * returns submit to {@code /voice/vxml/turn} (the recognised {@code question} and its {@code inputmode}, or the
 * menu's {@code key}, or, when a transcription service is configured, the {@code recording} of a question the
 * platform did not understand, as multipart form data) and {@code /voice/vxml/transfer}, with {@code callId} and
 * {@code topic}. Every answer is a
 * VoiceXML document, an apology that ends the call when the call is unknown or the turn fails. A thin adapter: the
 * dialog belongs to {@link Calls}.
 */
@WebServlet("/voice/vxml/*")
@MultipartConfig(maxFileSize = CitizenBodySizeFilter.MAX_RECORDING_TURN_BYTES,
        maxRequestSize = CitizenBodySizeFilter.MAX_RECORDING_TURN_BYTES)
public class VoiceXmlServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(VoiceXmlServlet.class.getName());

    @Inject
    Calls calls;

    private String questionGrammar;

    /** read from this web module's configuration, as the citizen rate limit filter does (see there) */
    @Override
    public void init() {
        questionGrammar = ConfigProvider.getConfig(VoiceXmlServlet.class.getClassLoader())
                .getValue("callbot.vxml.question-grammar", String.class);
    }

    /** POST as the contract says; GET too, as many platforms fetch their first document */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!"POST".equals(request.getMethod()) && !"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, POST");
            ProblemWriter.write(response, 405, "Méthode non permise", "Ce canal n'accepte que GET et POST.");
            return;
        }
        String step = request.getPathInfo() == null ? "" : request.getPathInfo();
        Function<HttpServletRequest, CallTurn> handler = switch (step) {
            case "/start" -> this::start;
            case "/turn" -> this::turn;
            case "/transfer" -> this::transfer;
            default -> null;
        };
        if (handler == null) {
            ProblemWriter.write(response, 404, "Introuvable", "Les documents VoiceXML sont sous /voice/vxml/start.");
            return;
        }
        CallTurn turn;
        try {
            turn = handler.apply(request);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "VoiceXML turn " + step + " failed", failure);
            turn = CallScript.incident();
        }
        String base = request.getContextPath() + "/voice/vxml/";
        byte[] document = VoiceXmlDocument.of(turn, callIdOf(request).orElse(""), questionGrammar,
                calls.transcribesRecordings(), new VoiceXmlDocument.Links(base + "turn", base + "transfer"));
        response.setContentType(VoiceXmlDocument.MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(document);
    }

    private CallTurn start(HttpServletRequest request) {
        String callId = callIdOf(request).orElseGet(() -> {
            String generated = UUID.randomUUID().toString();
            request.setAttribute("callId", generated);
            return generated;
        });
        return calls.start(callId, request.getParameter("caller"));
    }

    private CallTurn turn(HttpServletRequest request) {
        Optional<String> callId = callIdOf(request);
        if (callId.isEmpty()) {
            return CallScript.unknownCall();
        }
        String topic = GatewayParameters.topic(request.getParameter("topic"));
        if (isMultipart(request)) {
            // only a question the platform did not understand is sent so: without usable audio, the menu follows
            return recordingOf(request).map(recording -> calls.hearRecording(callId.get(), recording, topic))
                    .orElseGet(() -> calls.missed(callId.get(), 2, false, topic));
        }
        String question = request.getParameter("question");
        Optional<Character> key = "dtmf".equals(request.getParameter("inputmode"))
                ? GatewayParameters.key(question) : GatewayParameters.key(request.getParameter("key"));
        if (key.isPresent()) {
            return calls.press(callId.get(), key.get(), topic);
        }
        if (question == null || question.isBlank()) {
            return calls.missed(callId.get(), 1, question == null, topic);
        }
        return calls.hear(callId.get(), question.strip(), topic);
    }

    private CallTurn transfer(HttpServletRequest request) {
        return callIdOf(request).map(callId -> calls.transfer(callId, GatewayParameters.topic(request.getParameter("topic"))))
                .orElseGet(CallScript::unknownCall);
    }

    /** the recorded utterance a document sent when the platform did not understand the caller, if it is audio */
    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static Optional<RecordedUtterance> recordingOf(HttpServletRequest request) {
        try {
            Part part = request.getPart("recording");
            if (part == null || part.getSize() == 0) {
                return Optional.empty();
            }
            try (InputStream audio = part.getInputStream()) {
                return Optional.of(new RecordedUtterance(audio.readAllBytes(), part.getContentType()));
            }
        } catch (IllegalArgumentException | IOException | ServletException unusable) {
            LOG.info(() -> "A recorded utterance was not usable: " + unusable.getMessage());
            return Optional.empty();
        }
    }

    /** the call id the platform sent, or the one generated for a call that starts without one */
    private static Optional<String> callIdOf(HttpServletRequest request) {
        Object generated = request.getAttribute("callId");
        return generated != null ? Optional.of(generated.toString()) : GatewayParameters.callId(request.getParameter("callId"));
    }
}
