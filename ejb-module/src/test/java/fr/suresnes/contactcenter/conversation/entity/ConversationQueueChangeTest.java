package fr.suresnes.contactcenter.conversation.entity;

import fr.suresnes.contactcenter.agent.entity.Agent;
import fr.suresnes.contactcenter.channel.entity.Channel;
import fr.suresnes.contactcenter.citizen.entity.Citizen;
import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Which changes of a conversation the agents' live queue is told of: those entering or leaving a queue. */
class ConversationQueueChangeTest {

    private final Conversation conversation = new Conversation(Citizen.anonymous(), Channel.WEB_CHAT, "hash");
    private final ContactQueue civilStatus = new ContactQueue("ETAT_CIVIL", "État civil et papiers", 10);
    private final Agent agent = new Agent("agent1", "Agent 1");

    @Test
    void askingForAPersonEntersTheQueueOnceAndMessagesDoNot() {
        conversation.append(MessageAuthor.CITIZEN, "bonjour");
        assertFalse(conversation.takeQueueChange(), "a message with the bot");

        conversation.waitForAgent(civilStatus, false);
        assertTrue(conversation.takeQueueChange());
        assertFalse(conversation.takeQueueChange(), "told once");

        conversation.append(MessageAuthor.CITIZEN, "je précise ma demande");
        assertFalse(conversation.takeQueueChange(), "a message while waiting");
    }

    @Test
    void claimingAndClosingWhileWaitingLeaveTheQueueButClosingAHeldConversationDoesNot() {
        conversation.waitForAgent(civilStatus, false);
        conversation.takeQueueChange();
        conversation.claimedBy(agent);
        assertTrue(conversation.takeQueueChange(), "claimed");

        Conversation held = new Conversation(Citizen.anonymous(), Channel.WEB_CHAT, "held");
        held.assignTo(agent);
        assertFalse(held.takeQueueChange(), "given to an agent without a queue");
        held.close();
        assertFalse(held.takeQueueChange(), "closed by its holder");

        Conversation waiting = new Conversation(Citizen.anonymous(), Channel.WEB_CHAT, "other");
        waiting.waitForAgent(civilStatus, true);
        waiting.takeQueueChange();
        waiting.close();
        assertTrue(waiting.takeQueueChange(), "closed while waiting");
    }

    @Test
    void aTransferToAnotherQueueEntersIt() {
        conversation.assignTo(agent);
        assertFalse(conversation.takeQueueChange());

        conversation.transferTo(civilStatus);
        assertTrue(conversation.takeQueueChange());
        conversation.returnToBot();
        assertTrue(conversation.takeQueueChange(), "handed back to the bot while waiting");
    }
}
