package fr.suresnes.contactcenter.channel.telephony;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class GatewayParametersTest {

    @Test
    void aCallIdIsATokenThatCannotBreakOutOfAScriptString() {
        assertEquals(Optional.of("CA0123456789abcdef0123456789abcdef"), GatewayParameters.callId("CA0123456789abcdef0123456789abcdef"));
        assertEquals(Optional.of("8c5e6a8e-1f7e-4b7a-9a55-2f0c1d3e4b5a"), GatewayParameters.callId("8c5e6a8e-1f7e-4b7a-9a55-2f0c1d3e4b5a"));
        assertTrue(GatewayParameters.callId("x'+alert(1)+'").isEmpty());
        assertTrue(GatewayParameters.callId("").isEmpty());
        assertTrue(GatewayParameters.callId(null).isEmpty());
        assertTrue(GatewayParameters.callId("a".repeat(101)).isEmpty());
    }

    @Test
    void aTopicIsAQueueOfTheMenuOrNothing() {
        assertEquals("URBANISME", GatewayParameters.topic("URBANISME"));
        assertNull(GatewayParameters.topic("AUTRE"));
        assertNull(GatewayParameters.topic("urbanisme&x=1"));
        assertNull(GatewayParameters.topic(null));
    }

    @Test
    void theFirstKeyPressedCounts() {
        assertEquals(Optional.of('3'), GatewayParameters.key("3"));
        assertEquals(Optional.of('0'), GatewayParameters.key(" 01 "));
        assertEquals(Optional.of('#'), GatewayParameters.key("#"));
        assertTrue(GatewayParameters.key("trois").isEmpty());
        assertTrue(GatewayParameters.key("").isEmpty());
        assertTrue(GatewayParameters.key(null).isEmpty());
    }
}
