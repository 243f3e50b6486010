package fr.suresnes.contactcenter.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * Drives simulated clients, one platform thread each, in a closed loop: each sends its next request as soon as the
 * previous response arrived, for a fixed duration. Requests started before the end are waited for and counted.
 */
final class ClosedLoopLoad {

    private final HttpClient http;
    private final ServerCpu serverCpu;

    ClosedLoopLoad(HttpClient http, ServerCpu serverCpu) {
        this.http = http;
        this.serverCpu = serverCpu;
    }

    LoadOutcome run(List<? extends SimulatedClient> clients, Duration duration) {
        CountDownLatch start = new CountDownLatch(1);
        List<Recorder> recorders = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long[] deadline = new long[1];
        for (SimulatedClient client : clients) {
            Recorder recorder = new Recorder();
            recorders.add(recorder);
            Thread thread = new Thread(() -> {
                awaitQuietly(start);
                while (System.nanoTime() < deadline[0]) {
                    recorder.exchange(client);
                }
            }, "load-client-" + threads.size());
            threads.add(thread);
            thread.start();
        }
        Optional<Duration> cpuBefore = serverCpu.used();
        long begin = System.nanoTime();
        deadline[0] = begin + duration.toNanos();
        start.countDown();
        for (Thread thread : threads) {
            joinQuietly(thread);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        Optional<Duration> cpu = cpuBefore.flatMap(before -> serverCpu.used().map(after -> after.minus(before)));
        Map<String, Integer> byStatus = new TreeMap<>();
        long[] nanos = new long[0];
        for (Recorder recorder : recorders) {
            recorder.byStatus.forEach((status, count) -> byStatus.merge(status, count, Integer::sum));
            int from = nanos.length;
            nanos = Arrays.copyOf(nanos, from + recorder.count);
            System.arraycopy(recorder.nanos, 0, nanos, from, recorder.count);
        }
        return new LoadOutcome(elapsed, Latencies.of(nanos), byStatus, cpu);
    }

    /** What one client's thread measured. */
    private final class Recorder {

        private final Map<String, Integer> byStatus = new TreeMap<>();
        private long[] nanos = new long[1024];
        private int count;

        void exchange(SimulatedClient client) {
            long sent = System.nanoTime();
            String status;
            try {
                HttpResponse<String> response = http.send(client.nextRequest(), HttpResponse.BodyHandlers.ofString());
                status = String.valueOf(response.statusCode());
                record(System.nanoTime() - sent);
                if (status.equals(LoadOutcome.OK)) {
                    client.read(response);
                }
            } catch (IOException e) {
                status = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("load client interrupted", e);
            }
            byStatus.merge(status, 1, Integer::sum);
        }

        private void record(long duration) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = duration;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the load ran", e);
        }
    }
}
