package fr.suresnes.contactcenter.portal;

import fr.suresnes.contactcenter.conversation.feed.ConversationChanged;
import fr.suresnes.contactcenter.conversation.feed.ConversationFeed;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import java.util.function.Consumer;

/**
 * Relays committed conversation changes to the portal's open pages over Faces WebSockets ({@code <f:websocket>}):
 * every queue page when a conversation enters or leaves a queue, and the pages showing that conversation (the socket's
 * {@code user} is the conversation's id) at each change. The push only says « changed »: the page then asks for its
 * fresh content through an ordinary, authenticated Faces request, so nothing of a conversation travels on the socket.
 * It registers with the feed of the EJB module at start, since beans of this web module do not observe the events
 * fired there.
 */
@ApplicationScoped
public class PortalPush {

    /** the event name the pages' {@code <f:ajax event>} listens for */
    static final String CHANGED = "changed";

    @Inject
    ConversationFeed feed;

    @Inject
    @Push(channel = "queue")
    PushContext queue;

    @Inject
    @Push(channel = "conversation")
    PushContext conversation;

    private final Consumer<ConversationChanged> relay = this::relay;

    void start(@Observes @Initialized(ApplicationScoped.class) Object webModuleStarted) {
        feed.watchAll(relay);
    }

    @PreDestroy
    void stop() {
        feed.stopWatchingAll(relay);
    }

    private void relay(ConversationChanged change) {
        if (change.queueChanged()) {
            queue.send(CHANGED);
        }
        conversation.send(CHANGED, change.conversationId());
    }
}
