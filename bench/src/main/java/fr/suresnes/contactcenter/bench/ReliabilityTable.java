package fr.suresnes.contactcenter.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a confidence means what it says: answers grouped by confidence bucket, with how many were right in each.
 * A calibrated confidence of 0.8 is right about 8 times out of 10. The expected calibration error is the mean gap
 * between the confidence and the share right, weighed by the answers of each bucket.
 */
final class ReliabilityTable {

    /** bucket limits, the lower one included; 0.45 is the composer's « not sure » threshold */
    static final double[] LIMITS = {0, 0.3, 0.45, 0.6, 0.75, 0.9, 1.0};

    /** One bucket: [lower, upper[, the last one including 1. */
    record Bucket(double lower, double upper, int count, double meanConfidence, double shareRight) {
    }

    private final int[] counts = new int[LIMITS.length - 1];
    private final int[] rights = new int[LIMITS.length - 1];
    private final double[] confidences = new double[LIMITS.length - 1];

    void add(double confidence, boolean right) {
        int bucket = LIMITS.length - 2;
        while (bucket > 0 && confidence < LIMITS[bucket]) {
            bucket--;
        }
        counts[bucket]++;
        rights[bucket] += right ? 1 : 0;
        confidences[bucket] += confidence;
    }

    List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            buckets.add(new Bucket(LIMITS[i], LIMITS[i + 1], counts[i], counts[i] == 0 ? Double.NaN : confidences[i] / counts[i],
                    counts[i] == 0 ? Double.NaN : (double) rights[i] / counts[i]));
        }
        return buckets;
    }

    int count() {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        return total;
    }

    double expectedCalibrationError() {
        double error = 0;
        for (Bucket bucket : buckets()) {
            if (bucket.count() > 0) {
                error += bucket.count() * Math.abs(bucket.meanConfidence() - bucket.shareRight());
            }
        }
        return error / count();
    }
}
