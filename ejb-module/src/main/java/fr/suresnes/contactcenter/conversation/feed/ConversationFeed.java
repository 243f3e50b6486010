package fr.suresnes.contactcenter.conversation.feed;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Who is watching which conversation live (a citizen's widget, an agent's screen), told after each committed
 * change. Listeners run on the managed executor, never in the transaction of the citizen or agent who made the
 * change. Watching is per server: in a cluster, changes committed on another node are not seen here.
 */
@ApplicationScoped
public class ConversationFeed {

    /** enough for a citizen's tabs and the agents looking; a bound, so that no client can hold unlimited streams */
    public static final int MAX_WATCHERS_PER_CONVERSATION = 8;
    public static final int MAX_WATCHERS = 5_000;

    private final Map<Long, Set<LongConsumer>> watchers = new ConcurrentHashMap<>();
    private final AtomicInteger watching = new AtomicInteger();

    @Resource
    ManagedExecutorService executor;

    /** @return false when too many are watching already; the caller should refuse the stream */
    public boolean watch(long conversationId, LongConsumer onChange) {
        if (watching.incrementAndGet() > MAX_WATCHERS) {
            watching.decrementAndGet();
            return false;
        }
        boolean[] added = {false};
        watchers.compute(conversationId, (id, current) -> {
            Set<LongConsumer> set = current == null ? ConcurrentHashMap.newKeySet() : current;
            if (set.size() < MAX_WATCHERS_PER_CONVERSATION) {
                added[0] = set.add(onChange);
            }
            return set;
        });
        if (!added[0]) {
            watching.decrementAndGet();
        }
        return added[0];
    }

    public void stopWatching(long conversationId, LongConsumer onChange) {
        watchers.computeIfPresent(conversationId, (id, set) -> {
            if (set.remove(onChange)) {
                watching.decrementAndGet();
            }
            return set.isEmpty() ? null : set;
        });
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationChanged change) {
        Set<LongConsumer> current = watchers.get(change.conversationId());
        if (current != null) {
            current.forEach(watcher -> executor.execute(() -> watcher.accept(change.conversationId())));
        }
    }
}
