package fr.suresnes.contactcenter.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One token bucket per client for one {@link Budget}. The buckets live in a map bounded in size, whose entries are
 * dropped once unused long enough to be full again, so that a flood of addresses cannot exhaust memory; when the
 * bound is reached the least useful buckets go first, and their clients start over with a full budget.
 */
final class ClientBuckets {

    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final Bandwidth bandwidth;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;

    /** {@code nanoTime} is {@code System::nanoTime} but in tests. */
    ClientBuckets(Budget budget, long maxClients, LongSupplier nanoTime) {
        this.bandwidth = budget.bandwidth();
        this.clock = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxClients)
                .expireAfterAccess(budget.timeToRefill())
                .ticker(nanoTime::getAsLong)
                // housekeeping on the calling thread: no thread of our own, none from a pool the server does not manage
                .executor(Runnable::run)
                .build();
    }

    Admission admit(String client) {
        ConsumptionProbe probe = buckets.get(client, key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Admission.GRANTED;
        }
        long seconds = (probe.getNanosToWaitForRefill() + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
        return Admission.refused(Math.max(1, seconds));
    }

    /** How many clients have a bucket now. */
    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder().addLimit(bandwidth).withCustomTimePrecision(clock).build();
    }
}
