package fr.suresnes.contactcenter.channel.twilio;

import fr.suresnes.contactcenter.voice.call.boundary.CallScript;
import fr.suresnes.contactcenter.voice.call.boundary.CallTurn;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TwimlDocumentTest {

    private static final String ACTION = "/voice/twilio/gather?misses=0&topic=URBANISME";

    @Test
    void aQuestionIsSaidInsideAGatherOfSpeechAndKeysInFrench() throws Exception {
        Element response = parsed(new CallTurn(List.of("D'après la fiche « Permis & <travaux> » :", "Bonne journée."),
                CallTurn.Next.QUESTION, "URBANISME", null));

        Element gather = (Element) response.getFirstChild();
        assertEquals("Gather", gather.getTagName());
        assertEquals("speech dtmf", gather.getAttribute("input"));
        assertEquals("fr-FR", gather.getAttribute("language"));
        assertEquals(ACTION, gather.getAttribute("action"));
        Element say = (Element) gather.getFirstChild();
        assertEquals("fr-FR", say.getAttribute("language"));
        assertEquals("D'après la fiche « Permis & <travaux> » : Bonne journée.", say.getTextContent(), "text kept as text");
        assertNull(gather.getNextSibling());
    }

    @Test
    void theMenuListensForKeysOnly() throws Exception {
        Element gather = (Element) parsed(CallScript.afterMiss(2, true, null)).getFirstChild();

        assertEquals("dtmf", gather.getAttribute("input"));
        assertEquals("1", gather.getAttribute("numDigits"));
    }

    @Test
    void aTransferSaysThenDialsAndAnEndSaysThenHangsUp() throws Exception {
        Element transfer = parsed(new CallTurn(List.of(CallScript.TRANSFER), CallTurn.Next.TRANSFER, null, "+33141181920"));
        Element end = parsed(CallScript.unknownCall());

        assertEquals("Say", ((Element) transfer.getFirstChild()).getTagName());
        Element dial = (Element) transfer.getLastChild();
        assertEquals("Dial", dial.getTagName());
        assertEquals("+33141181920", dial.getTextContent());
        assertEquals(CallScript.UNKNOWN_CALL, end.getFirstChild().getTextContent());
        assertEquals("Hangup", ((Element) end.getLastChild()).getTagName());
    }

    private static Element parsed(CallTurn turn) throws Exception {
        Element response = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(TwimlDocument.of(turn, ACTION))).getDocumentElement();
        assertEquals("Response", response.getTagName());
        return response;
    }
}
