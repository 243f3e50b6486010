package fr.suresnes.contactcenter.channel.entity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ChannelTest {

    @Test
    void everyChannelHasItsOwnFrenchName() {
        for (Channel channel : Channel.values()) {
            assertNotEquals(channel.name(), channel.label());
        }
        assertEquals(Channel.values().length, Arrays.stream(Channel.values()).map(Channel::label).distinct().count());
        assertEquals("Courrier postal", Channel.POSTAL_MAIL.label());
    }
}
