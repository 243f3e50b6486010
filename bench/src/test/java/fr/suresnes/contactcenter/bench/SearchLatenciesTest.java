package fr.suresnes.contactcenter.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchLatenciesTest {

    @Test
    void measuresEveryQuestionAndOrdersPercentiles() {
        Latencies latencies = SearchLatencies.measure((question, limit) -> List.of(), List.of("a", "b", "c", "d"));

        assertEquals(4, latencies.count());
        assertTrue(latencies.percentileMillis(50) <= latencies.percentileMillis(99));
        assertEquals(latencies.maxMillis(), latencies.percentileMillis(100));
    }
}
