package fr.suresnes.contactcenter.bench;

import java.time.Duration;
import java.util.Optional;

/**
 * The CPU time the server's process used (every thread: requests, garbage collection, the JIT compilers), read from
 * the operating system, to tell what a request costs the server from what it waits for.
 */
final class ServerCpu {

    private final Optional<ProcessHandle> server;

    private ServerCpu(Optional<ProcessHandle> server) {
        this.server = server;
    }

    /** @param pid the server's process ID, or blank when unknown: every reading is then empty */
    static ServerCpu ofProcess(String pid) {
        return new ServerCpu(pid == null || pid.isBlank() ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid.strip())));
    }

    Optional<Duration> used() {
        return server.flatMap(process -> process.info().totalCpuDuration());
    }
}
