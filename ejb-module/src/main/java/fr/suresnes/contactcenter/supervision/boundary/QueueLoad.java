package fr.suresnes.contactcenter.supervision.boundary;

import java.time.Duration;

/** What waits in one queue right now: how many conversations, how many urgent, the longest and mean wait. */
public record QueueLoad(String code, String label, long waiting, long urgent, Duration longestWait, Duration meanWait) {
}
