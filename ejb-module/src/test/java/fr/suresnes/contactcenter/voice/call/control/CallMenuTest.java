package fr.suresnes.contactcenter.voice.call.control;

import fr.suresnes.contactcenter.voice.spoken.SpokenOption;
import fr.suresnes.contactcenter.conversation.policy.Decision;
import fr.suresnes.contactcenter.conversation.policy.DialogPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class CallMenuTest {

    @ParameterizedTest
    @EnumSource(CallMenu.class)
    void eachTopicIsPutToTheAssistantAsAKnowledgeQuestion(CallMenu topic) {
        Decision decision = new DialogPolicy().decide(topic.question(), List.of());

        assertInstanceOf(Decision.KnowledgeQuestion.class, decision, topic + " → " + decision);
    }

    @Test
    void theKeysAreOneToSevenAndZeroIsLeftForAPerson() {
        assertEquals("1234567", Arrays.stream(CallMenu.values()).map(topic -> String.valueOf(topic.key()))
                .collect(Collectors.joining()));
        assertTrue(CallMenu.ofKey(SpokenOption.ADVISOR_KEY).isEmpty());
        assertEquals(CallMenu.ELECTIONS, CallMenu.ofKey('5').orElseThrow());
        assertEquals("ELECTIONS", CallMenu.ofKey('5').orElseThrow().queueCode());
    }
}
