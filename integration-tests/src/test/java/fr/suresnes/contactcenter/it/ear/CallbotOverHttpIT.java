package fr.suresnes.contactcenter.it.ear;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Scripted telephone calls through both gateways against the deployed EAR, on the demo corpus: the greeting, « comment
 * refaire mon passeport » answered with its service-public.fr fiche named aloud and no link, a topic of the menu,
 * missed input met kindly then with the menu, a transfer that agents find waiting with the transcript and the
 * caller's number, bad turns ending politely, and Twilio's signature. Every VoiceXML answer is validated against the
 * W3C VoiceXML 2.1 schema, every TwiML answer checked verb by verb.
 */
class CallbotOverHttpIT extends PackagedEarClient {

    /** the default transfer number (callbot.transfer-number) */
    private static final String CITY_LINE = "+33141181920";
    /** the line of the identity papers' queue, configured for the test server (integration-tests POM) */
    private static final String PAPERS_LINE = System.getProperty("it.callbot.papers-line");
    private static final String TWILIO_TOKEN = System.getProperty("it.callbot.twilio-token");
    private static final String PASSPORT_QUESTION = "comment refaire mon passeport";
    /** the spoken answer names the fiche (any passport fiche the search finds best) and the site */
    private static final Pattern PASSPORT_FICHE_NAMED = Pattern.compile(
            "D'après la fiche « [^»]*[Pp]asseport[^»]* » de service-public\\.fr");
    /** majeur or mineur, then en France or à l'étranger, at most */
    private static final int MAX_SITUATION_QUESTIONS = 3;
    private static final Pattern LINK = Pattern.compile("https?:|www\\.|://|\\.fr/|\\.gouv\\.fr/");

    Http http;

    @BeforeEach
    void client() throws Exception {
        http = new Http(application());
        TestServer.awaitDemoCorpus(http.base());
    }

    @Test
    void aVoiceXmlCallIsGreetedAndThePassportQuestionAnsweredWithItsFicheNamedAloud() throws Exception {
        String callId = "it-" + UUID.randomUUID();

        VoiceXml greeting = vxml("/voice/vxml/start", Map.of("callId", callId, "caller", aCallerNumber()));
        Element question = greeting.form("question").orElseThrow();
        assertTrue(greeting.firstPrompt().contains("assistant automatique"), greeting.firstPrompt());
        assertEquals(callId, greeting.variable(question, "callId"));
        assertEquals(Set.of("voice", "dtmf"), VoiceXml.elements(question, "grammar").stream()
                .map(grammar -> grammar.getAttribute("mode")).collect(Collectors.toSet()));
        Element submit = VoiceXml.elements(VoiceXml.elements(question, "filled").get(0), "submit").get(0);
        assertEquals("/voice/vxml/turn", submit.getAttribute("next"));
        assertTrue(submit.getAttribute("namelist").contains("question"), "the recognised text is submitted");

        String answer = answerToPassportQuestion(callId);

        assertTrue(PASSPORT_FICHE_NAMED.matcher(answer).find(), answer);
        assertTrue(answer.contains("Vous retrouverez cette fiche sur service-public.fr, en cherchant « "), answer);
        assertFalse(LINK.matcher(answer).find(), "no link read aloud: " + answer);
        assertFalse(answer.matches(".*\\d.*"), "figures are said in words: " + answer);
    }

    @Test
    void aKeyOfTheMenuAsksItsTopicAndATransferThenGoesToTheLineOfItsQueue() throws Exception {
        String callId = "it-" + UUID.randomUUID();
        vxml("/voice/vxml/start", Map.of("callId", callId));

        VoiceXml papers = vxml("/voice/vxml/turn", Map.of("callId", callId, "topic", "", "key", "1"));
        VoiceXml transfer = vxml("/voice/vxml/transfer", Map.of("callId", callId, "topic",
                papers.variable(papers.form("question").or(() -> papers.form("menu")).orElseThrow(), "topic")));

        assertFalse(papers.firstPrompt().isBlank());
        assertFalse(papers.firstPrompt().startsWith("Voici le menu"), "the assistant answers the topic: " + papers.firstPrompt());
        Element dial = VoiceXml.elements(transfer.form("transfer").orElseThrow(), "transfer").get(0);
        assertEquals("tel:" + PAPERS_LINE, dial.getAttribute("dest"), "the papers' queue has its own line");
        assertEquals("blind", dial.getAttribute("type"));
    }

    @Test
    void missedInputIsMetKindlyThenWithTheMenuThenAPersonWhoFindsTheCallWaitingWithItsTranscript() throws Exception {
        String callId = "it-" + UUID.randomUUID();
        String caller = aCallerNumber();
        vxml("/voice/vxml/start", Map.of("callId", callId, "caller", caller));
        VoiceXml answered = vxml("/voice/vxml/turn", Map.of("callId", callId, "topic", "", "question",
                "quels sont les horaires de la piscine", "inputmode", "voice"));

        Element question = answered.form("question").orElseThrow();
        assertEquals("Je ne vous ai pas entendu.", VoiceXml.handler(question, "noinput", 1).getTextContent().strip());
        assertEquals("#menu", VoiceXml.elements(VoiceXml.handler(question, "noinput", 2), "goto").get(0).getAttribute("next"));
        assertEquals(List.of("recording"), VoiceXml.elements(VoiceXml.elements(question, "nomatch").get(0), "var").stream()
                .map(variable -> variable.getAttribute("name")).toList(),
                "what the platform did not understand goes to the server's transcription (CallRecordingOverHttpIT)");
        Element menu = answered.form("menu").orElseThrow();
        assertTrue(VoiceXml.elements(menu, "prompt").get(0).getTextContent().contains("tapez zéro"));
        Element toAPerson = VoiceXml.elements(VoiceXml.handler(menu, "noinput", 2), "submit").get(0);
        assertEquals("/voice/vxml/transfer", toAPerson.getAttribute("next"));

        VoiceXml transfer = vxml(toAPerson.getAttribute("next"), Map.of("callId", callId, "topic", ""));

        Element dial = VoiceXml.elements(transfer.form("transfer").orElseThrow(), "transfer").get(0);
        assertTrue(dial.getAttribute("dest").startsWith("tel:+33"), dial.getAttribute("dest"));
        assertTrue(transfer.firstPrompt().contains("conseiller"), transfer.firstPrompt());
        assertWaitingForAnAgent(caller, "quels sont les horaires de la piscine");
    }

    @Test
    void badVoiceXmlTurnsAreAnsweredWithAValidDocumentThatApologises() throws Exception {
        String callId = "it-" + UUID.randomUUID();
        vxml("/voice/vxml/start", Map.of("callId", callId));

        VoiceXml withoutCall = vxml("/voice/vxml/turn", Map.of("question", "bonjour", "inputmode", "voice"));
        VoiceXml unknownCall = vxml("/voice/vxml/turn", Map.of("callId", "never-" + UUID.randomUUID(), "question", "bonjour"));
        VoiceXml scriptInTheId = vxml("/voice/vxml/turn", Map.of("callId", "x'+y+'", "question", "bonjour"));
        VoiceXml overLong = vxml("/voice/vxml/turn", Map.of("callId", callId, "question", "passeport ".repeat(60),
                "inputmode", "voice"));

        for (VoiceXml ended : List.of(withoutCall, unknownCall, scriptInTheId)) {
            assertTrue(ended.firstPrompt().startsWith("Désolé"), ended.firstPrompt());
            assertEquals(1, VoiceXml.elements(ended.form("goodbye").orElseThrow(), "disconnect").size());
        }
        assertTrue(overLong.firstPrompt().contains("un peu longue"), overLong.firstPrompt());
        assertThrows(SAXException.class, () -> VoiceXml.valid("<vxml xmlns=\"" + VoiceXml.NAMESPACE
                + "\" version=\"2.1\"><form><talk/></form></vxml>"), "the schema check does refuse what is not VoiceXML");
    }

    @Test
    void aTwilioCallIsAnsweredFromTheFicheRepromptedThenOffersTheMenuAndDialsAPerson() throws Exception {
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        String caller = aCallerNumber();

        Twiml greeting = twilio("/voice/twilio/incoming", Map.of("CallSid", callSid, "From", caller, "To", CITY_LINE));
        assertEquals(List.of("Gather"), greeting.verbNames());
        Element gather = greeting.verb(0);
        assertEquals("speech dtmf", gather.getAttribute("input"));
        assertEquals("fr-FR", gather.getAttribute("language"));
        Element say = Twiml.children(gather).get(0);
        assertEquals("Say", say.getTagName());
        assertEquals("fr-FR", say.getAttribute("language"));
        assertTrue(say.getTextContent().contains("assistant automatique"), say.getTextContent());

        Twiml answered = twilio(gather.getAttribute("action"), Map.of("CallSid", callSid, "SpeechResult", PASSPORT_QUESTION));
        String answer = Twiml.children(answered.verb(0)).get(0).getTextContent();
        for (int asked = 0; asked < MAX_SITUATION_QUESTIONS && !PASSPORT_FICHE_NAMED.matcher(answer).find(); asked++) {
            answered = twilio(answered.verb(0).getAttribute("action"), Map.of("CallSid", callSid, "Digits",
                    keyForAnAdultInFrance(answer)));
            answer = Twiml.children(answered.verb(0)).get(0).getTextContent();
        }
        assertTrue(PASSPORT_FICHE_NAMED.matcher(answer).find(), answer);
        assertFalse(LINK.matcher(answer).find(), "no link read aloud: " + answer);

        Twiml silence = twilio(answered.verb(0).getAttribute("action"), Map.of("CallSid", callSid));
        assertEquals(List.of("Gather"), silence.verbNames());
        assertTrue(Twiml.children(silence.verb(0)).get(0).getTextContent().startsWith("Je ne vous ai pas entendu."));
        Twiml menu = twilio(silence.verb(0).getAttribute("action"), Map.of("CallSid", callSid, "SpeechResult", ""));
        assertEquals("dtmf", menu.verb(0).getAttribute("input"), "the menu takes keys");
        assertTrue(Twiml.children(menu.verb(0)).get(0).getTextContent().startsWith("Voici le menu."));

        Twiml dialled = twilio(menu.verb(0).getAttribute("action"), Map.of("CallSid", callSid, "Digits", "0"));

        assertEquals(List.of("Say", "Dial"), dialled.verbNames());
        assertTrue(dialled.verb(1).getTextContent().strip().startsWith("+33"), dialled.verb(1).getTextContent());
        assertWaitingForAnAgent(caller, PASSPORT_QUESTION);
    }

    @Test
    void aTwilioCallEndsOnGoodbyeAndATurnWithoutCallIsAnsweredWithAnApology() throws Exception {
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        twilio("/voice/twilio/incoming", Map.of("CallSid", callSid, "From", "anonymous"));

        Twiml goodbye = twilio("/voice/twilio/gather?misses=0", Map.of("CallSid", callSid, "SpeechResult", "merci au revoir"));
        Twiml withoutCall = twilio("/voice/twilio/gather?misses=0", Map.of("SpeechResult", "bonjour"));

        assertEquals(List.of("Say", "Hangup"), goodbye.verbNames());
        assertTrue(goodbye.verb(0).getTextContent().endsWith("Au revoir."), goodbye.verb(0).getTextContent());
        assertEquals(List.of("Say", "Hangup"), withoutCall.verbNames());
        assertTrue(withoutCall.verb(0).getTextContent().startsWith("Désolé"), withoutCall.verb(0).getTextContent());
    }

    @Test
    void aTwilioRequestWithoutTheAccountsSignatureIsRefused() throws Exception {
        Map<String, String> form = Map.of("CallSid", "CA" + UUID.randomUUID().toString().replace("-", ""), "From", aCallerNumber());

        HttpResponse<String> unsigned = http.postForm("/voice/twilio/incoming", form);
        HttpResponse<String> forged = http.postForm("/voice/twilio/incoming", form, "X-Twilio-Signature",
                signature("not-the-token", "/voice/twilio/incoming", form));
        HttpResponse<String> signed = http.postForm("/voice/twilio/incoming", form, "X-Twilio-Signature",
                signature(TWILIO_TOKEN, "/voice/twilio/incoming", form));

        for (HttpResponse<String> refused : List.of(unsigned, forged)) {
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
            assertTrue(Http.object(refused).getString("detail").contains("X-Twilio-Signature"));
        }
        assertEquals(200, signed.statusCode(), signed.body());
    }

    @Test
    void onlyTheDeclaredVoiceXmlGatewaysMayOpenACall() throws Exception {
        // the test server trusts loopback as a reverse proxy: the client is the address it forwards for
        HttpResponse<String> stranger = http.postForm("/voice/vxml/start", Map.of("caller", aCallerNumber()),
                "X-Forwarded-For", "203.0.113.7");
        HttpResponse<String> gateway = http.postForm("/voice/vxml/start", Map.of("caller", aCallerNumber()),
                "X-Forwarded-For", "127.0.0.1");

        assertEquals(403, stranger.statusCode(), stranger.body());
        assertTrue(Http.object(stranger).getString("detail").contains("passerelles téléphoniques"));
        assertEquals(200, gateway.statusCode(), gateway.body());
    }

    /** the answer to the passport question, once the caller has told their situation with keys when asked */
    private String answerToPassportQuestion(String callId) throws Exception {
        String answer = vxml("/voice/vxml/turn", Map.of("callId", callId, "topic", "", "question", PASSPORT_QUESTION,
                "inputmode", "voice")).firstPrompt();
        for (int asked = 0; asked < MAX_SITUATION_QUESTIONS && !PASSPORT_FICHE_NAMED.matcher(answer).find(); asked++) {
            answer = vxml("/voice/vxml/turn", Map.of("callId", callId, "topic", "", "question", keyForAnAdultInFrance(answer),
                    "inputmode", "dtmf")).firstPrompt();
        }
        return answer;
    }

    /** the key of « En France » or of the first situation, as the bot said them (« En France : tapez deux. ») */
    private static String keyForAnAdultInFrance(String asked) {
        Matcher inFrance = Pattern.compile("En France : tapez (\\p{L}+)").matcher(asked);
        assertTrue(asked.contains(": tapez un."), "a situation is asked: " + asked);
        return inFrance.find() ? String.valueOf(List.of("un", "deux", "trois", "quatre").indexOf(inFrance.group(1)) + 1) : "1";
    }

    /** the latest call put through to a person waits for an agent, with the caller's number and what they said */
    private void assertWaitingForAnAgent(String caller, String said) throws Exception {
        JsonArray audit = (JsonArray) Http.json(http.get("/api/admin/audit?limit=50", "Authorization",
                Http.basic("admin", TestServer.PASSWORD)));
        String conversationId = audit.getValuesAs(JsonObject.class).stream()
                .filter(record -> record.getString("action").equals("CALL_TRANSFERRED")).findFirst().orElseThrow()
                .getString("subjectId");

        String page = Http.loggedIn(http.base(), "agent1", TestServer.PASSWORD)
                .get("/agent/conversation.xhtml?id=" + conversationId).body();

        assertTrue(page.contains("Canal : Téléphone"), "a phone contact");
        assertTrue(page.contains(inFrenchDigits(caller)), "the caller's number, linked to their history: " + caller);
        assertTrue(page.contains(said), "the transcript");
        assertTrue(page.contains("en communication avec"),
                "the greeting the caller heard, not the chat's");
        assertTrue(page.contains("id=\"status:claim\""), "waiting: an agent can take it");
    }

    private VoiceXml vxml(String path, Map<String, String> form) throws Exception {
        HttpResponse<String> response = http.postForm(path, form);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/voicexml+xml"));
        return VoiceXml.valid(response.body());
    }

    private Twiml twilio(String path, Map<String, String> form) throws Exception {
        HttpResponse<String> response = http.postForm(path, form, "X-Twilio-Signature", signature(TWILIO_TOKEN, path, form));
        assertEquals(200, response.statusCode(), response.body());
        return Twiml.parse(response.body());
    }

    /** as Twilio signs: the full URL, then each POST parameter's name and value sorted by name, HMAC-SHA1, Base64 */
    private String signature(String token, String path, Map<String, String> form) throws Exception {
        StringBuilder signed = new StringBuilder(http.base().resolve(path).toString());
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** « +33612345678 » as the portal shows it: « 06 12 34 56 78 » */
    private static String inFrenchDigits(String e164) {
        String national = "0" + e164.substring(3);
        return String.join(" ", national.split("(?<=\\G..)"));
    }

    private static String aCallerNumber() {
        return "+33612" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }
}
