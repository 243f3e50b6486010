package fr.suresnes.contactcenter.platform.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** Token buckets per client on a clock the test moves by hand. */
class ClientBucketsTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void theBurstPassesThenTheNextRequestWaitsForOneRefill() {
        ClientBuckets buckets = new ClientBuckets(new Budget(10, 5), 100, now::get);

        for (int i = 0; i < 5; i++) {
            assertTrue(buckets.admit("192.0.2.1").granted(), "request " + (i + 1) + " of the burst");
        }
        Admission refused = buckets.admit("192.0.2.1");

        assertFalse(refused.granted());
        assertEquals(6, refused.retryAfterSeconds(), "10 a minute: one token every 6 seconds");
    }

    @Test
    void aRefilledTokenLetsOneMoreRequestThrough() {
        ClientBuckets buckets = new ClientBuckets(new Budget(30, 1), 100, now::get);
        assertTrue(buckets.admit("192.0.2.1").granted());
        assertFalse(buckets.admit("192.0.2.1").granted());

        advance(Duration.ofSeconds(2));

        assertTrue(buckets.admit("192.0.2.1").granted());
        assertFalse(buckets.admit("192.0.2.1").granted());
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        ClientBuckets buckets = new ClientBuckets(new Budget(30, 1), 100, now::get);
        buckets.admit("192.0.2.1");
        advance(Duration.ofMillis(500));

        assertEquals(2, buckets.admit("192.0.2.1").retryAfterSeconds(), "1.5 s to wait is announced as 2");
    }

    @Test
    void eachClientHasItsOwnBucket() {
        ClientBuckets buckets = new ClientBuckets(new Budget(10, 1), 100, now::get);

        assertTrue(buckets.admit("192.0.2.1").granted());
        assertFalse(buckets.admit("192.0.2.1").granted());
        assertTrue(buckets.admit("192.0.2.2").granted(), "another client is not affected");
    }

    @Test
    void theMapOfBucketsNeverHoldsMoreThanItsBound() {
        ClientBuckets buckets = new ClientBuckets(new Budget(10, 5), 50, now::get);

        for (int i = 0; i < 1000; i++) {
            buckets.admit("client-" + i);
        }

        assertTrue(buckets.trackedClients() <= 50, buckets.trackedClients() + " buckets");
    }

    @Test
    void aBucketIsForgottenOnceItWouldBeFullAgain() {
        ClientBuckets buckets = new ClientBuckets(new Budget(10, 5), 100, now::get);
        buckets.admit("192.0.2.1");
        buckets.admit("192.0.2.2");
        assertEquals(2, buckets.trackedClients());

        advance(Duration.ofSeconds(31));

        assertEquals(0, buckets.trackedClients(), "5 tokens at 10 a minute take 30 s to come back");
    }

    @Test
    void aBudgetWithoutRequestsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Budget(0, 5));
        assertThrows(IllegalArgumentException.class, () -> new Budget(10, 0));
    }

    @Test
    void theTimeToRefillIsRoundedUp() {
        assertEquals(Duration.ofSeconds(30), new Budget(10, 5).timeToRefill());
        assertEquals(Duration.ofNanos(20_000_000_000L / 3 + 1), new Budget(9, 1).timeToRefill());
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
