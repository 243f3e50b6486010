package fr.suresnes.contactcenter.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a load phase measured: how long it lasted, the latency of every completed request, the number of responses
 * by status (or by the exception of those that got none), and the CPU time the server used meanwhile, if known.
 */
record LoadOutcome(Duration elapsed, Latencies latencies, Map<String, Integer> byStatus, Optional<Duration> serverCpu) {

    static final String OK = "200";

    double requestsPerSecond() {
        return latencies.count() / (elapsed.toNanos() / 1e9);
    }

    /** The server's CPU time per completed request, in ms. */
    Optional<Double> serverCpuMillisPerRequest() {
        return serverCpu.map(cpu -> cpu.toNanos() / 1e6 / Math.max(1, latencies.count()));
    }

    /** The server's CPU time as a share of the elapsed time of all the machine's cores. */
    Optional<Double> serverCpuShare() {
        return serverCpu.map(cpu -> (double) cpu.toNanos() / elapsed.toNanos() / Runtime.getRuntime().availableProcessors());
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
