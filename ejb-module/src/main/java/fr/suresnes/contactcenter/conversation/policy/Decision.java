package fr.suresnes.contactcenter.conversation.policy;

/** What the bot does with a citizen's message. */
public sealed interface Decision {

    /** Distress or danger: the reply gives the emergency numbers at once and a person of the city is alerted. */
    record Emergency(EmergencyKind kind, String reply) implements Decision {
    }

    /** The citizen needs a person: the reply announces the hand-off. */
    record HumanRequested(HumanReason reason, String reply) implements Decision {
    }

    /** A greeting, thanks or a goodbye, answered briefly. */
    record SmallTalk(SmallTalkKind kind, String reply) implements Decision {
    }

    /** A question for the knowledge base; {@code searchText} includes the earlier question a follow-up relies on. */
    record KnowledgeQuestion(String searchText) implements Decision {
    }
}
