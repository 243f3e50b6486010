package fr.suresnes.contactcenter.platform.ratelimit;

import io.github.bucket4j.Bandwidth;

import java.time.Duration;

/**
 * How many requests of one kind a client may send: {@code burst} at once, then {@code perMinute} a minute, the bucket
 * refilling one token at a time (every 60 / perMinute seconds) up to {@code burst}.
 */
public record Budget(int perMinute, int burst) {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    public Budget {
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("a budget needs at least one request a minute and a burst of one: "
                    + perMinute + "/min, burst " + burst);
        }
    }

    Bandwidth bandwidth() {
        return Bandwidth.builder().capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
    }

    /** How long an untouched bucket takes to fill up from empty: after that, forgetting it changes nothing. */
    Duration timeToRefill() {
        return Duration.ofNanos((burst * NANOS_PER_MINUTE + perMinute - 1) / perMinute);
    }

    @Override
    public String toString() {
        return perMinute + "/min (burst " + burst + ")";
    }
}
