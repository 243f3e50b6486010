package fr.suresnes.contactcenter.channel.voicexml;

import fr.suresnes.contactcenter.voice.call.boundary.CallScript;
import fr.suresnes.contactcenter.voice.call.boundary.CallTurn;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One turn of a call as a VoiceXML 2.1 document (written with StAX, so that no spoken text can break the markup):
 * what is said as an SSML prompt in French, one sentence per {@code <s>}, then a free question (speech, or one key),
 * the menu of keys, a transfer or the end of the call. Missed input is handled in the document as the call script
 * says: a kind re-prompt, then the menu, the menu again, then a person ({@code <noinput>} and {@code <nomatch>}
 * counts).
 */
final class VoiceXmlDocument {

    static final String MEDIA_TYPE = "application/voicexml+xml";
    private static final String VXML = "http://www.w3.org/2001/vxml";
    private static final String LANGUAGE = "fr-FR";
    private static final String ONE_KEY = "builtin:dtmf/digits?length=1";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    /** where the document sends what it gathered */
    record Links(String turn, String transfer) {
    }

    private final XMLStreamWriter xml;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final String callId;
    private final String topic;
    private final boolean recordUtterances;

    private VoiceXmlDocument(String callId, String topic, boolean recordUtterances) throws XMLStreamException {
        this.xml = OUTPUT.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
        this.callId = callId;
        this.topic = topic == null ? "" : topic;
        this.recordUtterances = recordUtterances;
    }

    /**
     * @param callId          the call's id, a token of letters, digits, {@code . _ -} (checked by the servlet)
     * @param questionGrammar the platform's grammar for a free question
     * @param recordUtterances whether a question the platform did not understand is sent, recorded, for the server
     *                         to transcribe
     */
    static byte[] of(CallTurn turn, String callId, String questionGrammar, boolean recordUtterances, Links links) {
        try {
            VoiceXmlDocument document = new VoiceXmlDocument(callId, turn.topic(), recordUtterances);
            document.write(turn, questionGrammar, links);
            return document.bytes.toByteArray();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException("the VoiceXML document could not be written", impossible);
        }
    }

    private void write(CallTurn turn, String questionGrammar, Links links) throws XMLStreamException {
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.setDefaultNamespace(VXML);
        xml.writeStartElement(VXML, "vxml");
        xml.writeDefaultNamespace(VXML);
        xml.writeAttribute("version", "2.1");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", LANGUAGE);
        property("bargein", "true");
        switch (turn.next()) {
            case QUESTION -> {
                question(turn.said(), questionGrammar, links);
                menu(CallScript.menu(), links);
            }
            case MENU -> menu(turn.said(), links);
            case TRANSFER -> transfer(turn.said(), turn.transferNumber());
            case HANG_UP -> goodbye(turn.said());
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private void question(List<String> said, String questionGrammar, Links links) throws XMLStreamException {
        xml.writeStartElement("form");
        xml.writeAttribute("id", "question");
        callVariables();
        variable("inputmode", null);
        xml.writeStartElement("field");
        xml.writeAttribute("name", "question");
        if (recordUtterances) {
            property("recordutterance", "true");
        }
        grammar("voice", questionGrammar);
        grammar("dtmf", ONE_KEY);
        prompt(said, 1);
        prompt(List.of(CallScript.ASK_AGAIN), 2);
        catchMiss("noinput", CallScript.NOT_HEARD, "#menu");
        if (recordUtterances) {
            sendRecording(links);
        } else {
            catchMiss("nomatch", CallScript.NOT_UNDERSTOOD, "#menu");
        }
        xml.writeStartElement("filled");
        xml.writeEmptyElement("assign");
        xml.writeAttribute("name", "inputmode");
        xml.writeAttribute("expr", "question$.inputmode");
        submit(links.turn(), "callId topic question inputmode");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** the menu; missed twice, the caller is put through to a person */
    private void menu(List<String> said, Links links) throws XMLStreamException {
        xml.writeStartElement("form");
        xml.writeAttribute("id", "menu");
        callVariables();
        xml.writeStartElement("field");
        xml.writeAttribute("name", "key");
        grammar("dtmf", ONE_KEY);
        prompt(said, 1);
        for (String event : List.of("noinput", "nomatch")) {
            xml.writeStartElement(event);
            xml.writeAttribute("count", "1");
            prompt(List.of(event.equals("noinput") ? CallScript.NOT_HEARD : CallScript.NOT_UNDERSTOOD), 1);
            xml.writeEndElement();
            xml.writeStartElement(event);
            xml.writeAttribute("count", "2");
            submit(links.transfer(), "callId topic");
            xml.writeEndElement();
        }
        xml.writeStartElement("filled");
        submit(links.turn(), "callId topic key");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void transfer(List<String> said, String number) throws XMLStreamException {
        xml.writeStartElement("form");
        xml.writeAttribute("id", "transfer");
        xml.writeStartElement("transfer");
        xml.writeAttribute("name", "advisor");
        xml.writeAttribute("dest", "tel:" + number);
        xml.writeAttribute("type", "blind");
        prompt(said, 1);
        xml.writeStartElement("catch");
        xml.writeAttribute("event", "error.connection");
        prompt(List.of(CallScript.TRANSFER_FAILED), 1);
        xml.writeEmptyElement("disconnect");
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void goodbye(List<String> said) throws XMLStreamException {
        xml.writeStartElement("form");
        xml.writeAttribute("id", "goodbye");
        xml.writeStartElement("block");
        prompt(said, 1);
        xml.writeEmptyElement("disconnect");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** what the platform did not understand goes, recorded, to the server's transcription */
    private void sendRecording(Links links) throws XMLStreamException {
        xml.writeStartElement("nomatch");
        variable("recording", "application.lastresult$.recording");
        xml.writeEmptyElement("submit");
        xml.writeAttribute("next", links.turn());
        xml.writeAttribute("method", "post");
        xml.writeAttribute("enctype", "multipart/form-data");
        xml.writeAttribute("namelist", "callId topic recording");
        xml.writeEndElement();
    }

    /** the first miss is met with a kind word before the question is asked again; the second leads to {@code next} */
    private void catchMiss(String event, String kindWord, String next) throws XMLStreamException {
        xml.writeStartElement(event);
        xml.writeAttribute("count", "1");
        prompt(List.of(kindWord), 1);
        xml.writeEndElement();
        xml.writeStartElement(event);
        xml.writeAttribute("count", "2");
        xml.writeEmptyElement("goto");
        xml.writeAttribute("next", next);
        xml.writeEndElement();
    }

    private void callVariables() throws XMLStreamException {
        variable("callId", "'" + callId + "'");
        variable("topic", "'" + topic + "'");
    }

    private void variable(String name, String expression) throws XMLStreamException {
        xml.writeEmptyElement("var");
        xml.writeAttribute("name", name);
        if (expression != null) {
            xml.writeAttribute("expr", expression);
        }
    }

    private void property(String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
    }

    private void grammar(String mode, String source) throws XMLStreamException {
        xml.writeEmptyElement("grammar");
        xml.writeAttribute("mode", mode);
        xml.writeAttribute("src", source);
    }

    private void prompt(List<String> sentences, int count) throws XMLStreamException {
        xml.writeStartElement("prompt");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", LANGUAGE);
        if (count > 1) {
            xml.writeAttribute("count", String.valueOf(count));
        }
        for (String sentence : sentences) {
            xml.writeStartElement("s");
            xml.writeCharacters(sentence);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void submit(String next, String names) throws XMLStreamException {
        xml.writeEmptyElement("submit");
        xml.writeAttribute("next", next);
        xml.writeAttribute("method", "post");
        xml.writeAttribute("namelist", names);
    }
}
