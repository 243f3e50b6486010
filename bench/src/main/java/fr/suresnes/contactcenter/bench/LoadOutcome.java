package fr.suresnes.contactcenter.bench;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a load phase measured: how long it lasted, the latency of every completed request, the number of responses
 * by status (or by the exception of those that got none).
 */
record LoadOutcome(Duration elapsed, Latencies latencies, Map<String, Integer> byStatus) {

    static final String OK = "200";

    double requestsPerSecond() {
        return latencies.count() / (elapsed.toNanos() / 1e9);
    }

    int errors() {
        return byStatus.entrySet().stream().filter(status -> !status.getKey().equals(OK)).mapToInt(Map.Entry::getValue).sum();
    }

    /** « 200 × 5123, 429 × 12 » */
    String statusSummary() {
        return byStatus.entrySet().stream().map(status -> status.getKey() + " × " + status.getValue())
                .collect(Collectors.joining(", "));
    }
}
