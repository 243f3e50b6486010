package fr.suresnes.contactcenter.channel.twilio;

import fr.suresnes.contactcenter.voice.call.boundary.CallTurn;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One turn of a call as TwiML (written with StAX): what is said in French inside a {@code <Gather>} that listens for
 * speech and keys (keys only for the menu) and posts to {@code action}, or followed by {@code <Dial>} to transfer, or
 * by {@code <Hangup>}.
 */
final class TwimlDocument {

    static final String MEDIA_TYPE = "application/xml";
    private static final String LANGUAGE = "fr-FR";
    /** seconds of silence before the gateway gives up listening and posts an empty result */
    private static final String TIMEOUT_SECONDS = "6";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private TwimlDocument() {
    }

    /** @param action the URL the gateway posts what it gathered to, for turns that listen */
    static byte[] of(CallTurn turn, String action) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("Response");
            switch (turn.next()) {
                case QUESTION, MENU -> {
                    xml.writeStartElement("Gather");
                    xml.writeAttribute("input", turn.next() == CallTurn.Next.MENU ? "dtmf" : "speech dtmf");
                    xml.writeAttribute("language", LANGUAGE);
                    xml.writeAttribute("numDigits", "1");
                    xml.writeAttribute("timeout", TIMEOUT_SECONDS);
                    xml.writeAttribute("speechTimeout", "auto");
                    xml.writeAttribute("actionOnEmptyResult", "true");
                    xml.writeAttribute("method", "POST");
                    xml.writeAttribute("action", action);
                    say(xml, turn);
                    xml.writeEndElement();
                }
                case TRANSFER -> {
                    say(xml, turn);
                    xml.writeStartElement("Dial");
                    xml.writeCharacters(turn.transferNumber());
                    xml.writeEndElement();
                }
                case HANG_UP -> {
                    say(xml, turn);
                    xml.writeEmptyElement("Hangup");
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return bytes.toByteArray();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException("the TwiML document could not be written", impossible);
        }
    }

    private static void say(XMLStreamWriter xml, CallTurn turn) throws XMLStreamException {
        xml.writeStartElement("Say");
        xml.writeAttribute("language", LANGUAGE);
        xml.writeCharacters(turn.text());
        xml.writeEndElement();
    }
}
