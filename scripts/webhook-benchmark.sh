#!/usr/bin/env bash
# Bot turns over HTTP: builds the product and the benchmark, starts the server with ./run.sh on H2 in a temporary
# data folder with every document of the corpus, waits for the knowledge import, then runs
# fr.suresnes.contactcenter.bench.WebhookBenchmark (concurrent citizens on the Rasa webhook against the same
# clients on a static file), and stops the server. The report goes to standard output, the build's and the
# server's output to standard error and to the server log named at the end. See bench/README.md.
#
# scripts/webhook-benchmark.sh [corpus folder]     default ../shared/corpus from the repository root
# Environment: PORT_OFFSET (default 300), CLIENTS (64), WARMUP_SECONDS (60), MEASURE_SECONDS (30),
# MAVEN_OFFLINE=1 to build without network, BENCH_JAVA_OPTS for the load driver's JVM (default -Xmx512m),
# SERVER_JAVA_OPTS for the server's (default: run.sh's).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

corpus=$(cd "${1:-../shared/corpus}" 2>/dev/null && pwd) || corpus=${1:-../shared/corpus}
if [[ ! -d "$corpus/documents" || ! -d "$corpus/qa" ]]; then
    echo "No benchmark corpus in $corpus (expected documents/ and qa/). Usage: scripts/webhook-benchmark.sh [corpus folder]" >&2
    exit 2
fi

export PORT_OFFSET=${PORT_OFFSET:-300}
export DEMO_PASSWORD=${DEMO_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)}
export KNOWLEDGE_IMPORT_DIRS="$corpus/documents"
export CITIZEN_RATE_LIMIT_ENABLED=false
export DATA_DIR
DATA_DIR=$(mktemp -d -t webhook-benchmark.XXXXXX)
if [[ -n "${SERVER_JAVA_OPTS:-}" ]]; then
    export JAVA_OPTS=$SERVER_JAVA_OPTS
fi

mvn -B -q ${MAVEN_OFFLINE:+-o} -DskipTests package -pl server,ear,bench -am >&2

export SERVER_LOG="$DATA_DIR/run.log"
./run.sh > "$SERVER_LOG" 2>&1 &
server=$!
stop() {
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    cp "$SERVER_LOG" "$root/bench/target/webhook-benchmark-server.log" 2>/dev/null || true
    rm -rf "$DATA_DIR"
    echo "Server stopped; its output: bench/target/webhook-benchmark-server.log" >&2
}
trap stop EXIT
trap 'exit 130' INT TERM

echo "Starting the server (PORT_OFFSET=$PORT_OFFSET, data in $DATA_DIR, rate limit disabled)…" >&2
until curl -fs "http://127.0.0.1:$((9990 + PORT_OFFSET))/health/ready" > /dev/null 2>&1; do
    if ! kill -0 "$server" 2>/dev/null; then
        echo "The server stopped before it was ready:" >&2
        tail -20 "$SERVER_LOG" >&2
        exit 1
    fi
    sleep 2
done
export SERVER_PID
SERVER_PID=$(pgrep -f -- "-D\[Standalone\].*port-offset=$PORT_OFFSET" | head -1 || true)
echo "Server ready (process ${SERVER_PID:-unknown}); waiting for the knowledge import of $KNOWLEDGE_IMPORT_DIRS, then measuring…" >&2

java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
    fr.suresnes.contactcenter.bench.WebhookBenchmark "http://127.0.0.1:$((8080 + PORT_OFFSET))" "$corpus" \
    "${CLIENTS:-64}" "${WARMUP_SECONDS:-60}" "${MEASURE_SECONDS:-30}"
