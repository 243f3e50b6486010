package fr.suresnes.contactcenter.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReliabilityTableTest {

    @Test
    void groupsConfidencesByBucketTheLowerLimitIncludedAndOneInTheLast() {
        ReliabilityTable table = new ReliabilityTable();
        table.add(0.0, false);
        table.add(0.45, true);
        table.add(0.59, false);
        table.add(1.0, true);
        List<ReliabilityTable.Bucket> buckets = table.buckets();
        assertEquals(1, buckets.get(0).count());
        assertEquals(0, buckets.get(1).count());
        assertTrue(Double.isNaN(buckets.get(1).shareRight()));
        assertEquals(2, buckets.get(2).count());
        assertEquals(0.5, buckets.get(2).shareRight(), 1e-9);
        assertEquals(0.52, buckets.get(2).meanConfidence(), 1e-9);
        assertEquals(1, buckets.get(buckets.size() - 1).count());
        assertEquals(4, table.count());
    }

    @Test
    void calibrationErrorIsTheGapBetweenConfidenceAndShareRightWeighedByCount() {
        ReliabilityTable table = new ReliabilityTable();
        table.add(0.95, true);
        table.add(0.95, false);
        table.add(0.2, false);
        table.add(0.2, false);
        // bucket [0.9, 1]: |0.95 - 0.5| = 0.45 for 2 answers; bucket [0, 0.3[: |0.2 - 0| = 0.2 for 2 answers
        assertEquals((2 * 0.45 + 2 * 0.2) / 4, table.expectedCalibrationError(), 1e-9);
    }
}
