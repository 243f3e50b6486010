package fr.suresnes.contactcenter.supervision.boundary;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class DurationSummaryTest {

    static List<Duration> seconds(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofSeconds).toList();
    }

    @Test
    void withoutCasesThereIsNoFigure() {
        DurationSummary none = DurationSummary.of(List.of());

        assertEquals(0, none.count());
        assertNull(none.mean());
        assertNull(none.median());
        assertNull(none.p90());
    }

    @Test
    void oneCaseIsItsOwnMeanMedianAndPercentile() {
        assertEquals(new DurationSummary(1, Duration.ofSeconds(42), Duration.ofSeconds(42), Duration.ofSeconds(42)),
                DurationSummary.of(seconds(42)));
    }

    @Test
    void theMedianAndPercentileDoNotDependOnTheOrderOfTheCases() {
        DurationSummary summary = DurationSummary.of(seconds(300, 10, 60, 20, 30));

        assertEquals(5, summary.count());
        assertEquals(Duration.ofSeconds(84), summary.mean());
        assertEquals(Duration.ofSeconds(30), summary.median());
        assertEquals(Duration.ofSeconds(300), summary.p90(), "rank ⌈0.9 × 5⌉ = 5");
    }

    @Test
    void nearestRankOnTenAndOnEvenCounts() {
        List<Duration> oneToTen = IntStream.rangeClosed(1, 10).mapToObj(Duration::ofMinutes).toList();

        DurationSummary summary = DurationSummary.of(oneToTen);

        assertEquals(Duration.ofMinutes(5), summary.median(), "rank ⌈0.5 × 10⌉ = 5");
        assertEquals(Duration.ofMinutes(9), summary.p90(), "rank ⌈0.9 × 10⌉ = 9");
        assertEquals(Duration.ofSeconds(330), summary.mean());
        assertEquals(Duration.ofSeconds(10), DurationSummary.of(seconds(10, 20)).median());
    }

    @Test
    void theMeanKeepsSubSecondPrecision() {
        assertEquals(Duration.ofMillis(1500), DurationSummary.of(seconds(1, 2)).mean());
    }
}
