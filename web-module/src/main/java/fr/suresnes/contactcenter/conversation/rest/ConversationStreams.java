package fr.suresnes.contactcenter.conversation.rest;

import fr.suresnes.contactcenter.conversation.boundary.Conversations;
import fr.suresnes.contactcenter.conversation.feed.ConversationFeed;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The open server-sent-event streams of citizens' conversations. Each is told of its conversation's committed
 * changes by the {@link ConversationFeed}; a comment every {@value #KEEP_ALIVE_SECONDS} s keeps proxies from
 * closing idle streams and finds the clients that went away.
 */
@ApplicationScoped
public class ConversationStreams {

    static final int KEEP_ALIVE_SECONDS = 20;

    private final Set<ConversationStream> open = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> keepAlive;

    @Inject
    ConversationFeed feed;

    @Inject
    Conversations conversations;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PostConstruct
    void startKeepAlive() {
        keepAlive = scheduler.scheduleAtFixedRate(() -> open.forEach(ConversationStream::keepAlive),
                KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stopKeepAlive() {
        keepAlive.cancel(false);
    }

    /** @return false when the server watches too many streams already; the sink is left to the caller */
    boolean open(long conversationId, String accessToken, SseEventSink sink, Sse sse) {
        ConversationStream stream = new ConversationStream(conversations, accessToken, sink, sse);
        if (!feed.watch(conversationId, stream)) {
            return false;
        }
        open.add(stream);
        stream.onClose(() -> {
            feed.stopWatching(conversationId, stream);
            open.remove(stream);
        });
        stream.push();
        return true;
    }
}
