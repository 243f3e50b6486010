package fr.suresnes.contactcenter.platform.ratelimit;

import org.junit.jupiter.api.Test;

import static fr.suresnes.contactcenter.platform.ratelimit.CitizenRequestKind.*;
import static org.junit.jupiter.api.Assertions.*;

class CitizenRequestKindTest {

    @Test
    void openingAConversation() {
        assertEquals(OPENING, CitizenRequestKind.of("POST", "/api/conversations"));
        assertEquals(OPENING, CitizenRequestKind.of("POST", "/api/conversations/"));
    }

    @Test
    void theTelephonyGatewaysCarryEveryCallAndAreNotCountedPerAddress() {
        assertEquals(GATEWAY, CitizenRequestKind.of("POST", "/voice/vxml/start"));
        assertEquals(GATEWAY, CitizenRequestKind.of("POST", "/voice/vxml/turn"));
        assertEquals(GATEWAY, CitizenRequestKind.of("POST", "/voice/twilio/incoming"));
        assertEquals(GATEWAY, CitizenRequestKind.of("POST", "/voice/twilio/gather"));
        assertEquals(MESSAGE, CitizenRequestKind.of("POST", "/voice/speech"), "other voice endpoints are the citizen's own");
    }

    @Test
    void everyOtherWriteIsAMessage() {
        assertEquals(MESSAGE, CitizenRequestKind.of("POST", "/api/conversations/12/messages"));
        assertEquals(MESSAGE, CitizenRequestKind.of("GET", "/api/conversations/12/messages/40/speech"),
                "reading a message aloud runs the speech engine");
        assertEquals(MESSAGE, CitizenRequestKind.of("POST", "/api/conversations/12/handoff"));
        assertEquals(MESSAGE, CitizenRequestKind.of("PUT", "/api/conversations/12/rating"));
        assertEquals(MESSAGE, CitizenRequestKind.of("POST", "/webhooks/rest/webhook"));
        assertEquals(MESSAGE, CitizenRequestKind.of("PUT", "/api/conversations"), "only POST opens");
        assertEquals(MESSAGE, CitizenRequestKind.of("DELETE", "/api/conversations/12"));
    }

    @Test
    void readingCostsNothing() {
        assertEquals(READ, CitizenRequestKind.of("GET", "/api/conversations/12"));
        assertEquals(READ, CitizenRequestKind.of("HEAD", "/api/conversations/12"));
        assertEquals(READ, CitizenRequestKind.of("OPTIONS", "/api/conversations"));
    }
}
