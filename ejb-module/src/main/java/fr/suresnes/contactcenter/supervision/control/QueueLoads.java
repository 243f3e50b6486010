package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.handoff.entity.ContactQueue;
import fr.suresnes.contactcenter.supervision.boundary.QueueLoad;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every queue, in display order, with what waits in it now. */
@Dependent
public class QueueLoads {

    private static final String WAITING = "SELECT q.code, c.waitingSince, c.urgent FROM Conversation c JOIN c.queue q"
            + " WHERE c.state = fr.suresnes.contactcenter.conversation.entity.ConversationState.WAITING_FOR_AGENT";

    @PersistenceContext
    EntityManager em;

    public List<QueueLoad> at(Instant now) {
        Map<String, WaitingConversations> byQueue = new HashMap<>();
        for (Object[] row : em.createQuery(WAITING, Object[].class).getResultList()) {
            byQueue.computeIfAbsent((String) row[0], code -> new WaitingConversations())
                    .add((Instant) row[1], (Boolean) row[2]);
        }
        List<QueueLoad> loads = new ArrayList<>();
        for (ContactQueue queue : em.createNamedQuery(ContactQueue.FIND_ALL, ContactQueue.class).getResultList()) {
            loads.add(byQueue.getOrDefault(queue.getCode(), new WaitingConversations())
                    .load(queue.getCode(), queue.getLabel(), now));
        }
        return loads;
    }
}
