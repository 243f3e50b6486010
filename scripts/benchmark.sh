#!/usr/bin/env bash
# Builds the benchmark module and runs the knowledge benchmark on the corpus folder given as first argument
# (default: ../shared/corpus from the repository root). JAVA_OPTS sets the JVM options (default: -Xmx1g, as the
# server). Add MAVEN_OFFLINE=1 to build without network. See bench/README.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

corpus=${1:-../shared/corpus}
if [[ ! -d "$corpus/documents" || ! -d "$corpus/qa" ]]; then
    echo "No benchmark corpus in $corpus (expected documents/ and qa/). Usage: scripts/benchmark.sh [corpus folder]" >&2
    exit 2
fi

mvn -B -q ${MAVEN_OFFLINE:+-o} -DskipTests package -pl bench -am >&2
exec java ${JAVA_OPTS:--Xmx1g} -Dlog4j2.statusLoggerLevel=OFF -Dslf4j.internal.verbosity=ERROR -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
    fr.suresnes.contactcenter.bench.KnowledgeBenchmark "$corpus"
