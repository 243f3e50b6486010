package fr.suresnes.contactcenter.conversation.feed;

import fr.suresnes.contactcenter.conversation.entity.Conversation;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

/**
 * Announces every change of a conversation, whichever boundary made it: appending a message or changing the state
 * always updates the conversation row. The event is fired through CDI so that transactional observers see it only
 * once the change is committed.
 */
public class ConversationChangePublisher {

    @PostPersist
    @PostUpdate
    void changed(Conversation conversation) {
        CDI.current().getBeanManager().getEvent().select(ConversationChanged.class)
                .fire(new ConversationChanged(conversation.getId()));
    }
}
