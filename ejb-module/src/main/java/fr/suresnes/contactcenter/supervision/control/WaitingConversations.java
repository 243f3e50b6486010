package fr.suresnes.contactcenter.supervision.control;

import fr.suresnes.contactcenter.supervision.boundary.QueueLoad;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The conversations waiting in one queue, summed up into its load at a given instant. */
class WaitingConversations {

    private final List<Instant> since = new ArrayList<>();
    private long urgent;

    void add(Instant waitingSince, boolean isUrgent) {
        since.add(waitingSince);
        if (isUrgent) {
            urgent++;
        }
    }

    QueueLoad load(String code, String label, Instant now) {
        if (since.isEmpty()) {
            return new QueueLoad(code, label, 0, 0, null, null);
        }
        List<Duration> waits = since.stream().map(start -> nonNegative(Duration.between(start, now))).toList();
        Duration total = waits.stream().reduce(Duration.ZERO, Duration::plus);
        return new QueueLoad(code, label, waits.size(), urgent, waits.stream().max(Duration::compareTo).orElseThrow(),
                total.dividedBy(waits.size()));
    }

    /** another node's clock may be slightly ahead of ours */
    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
