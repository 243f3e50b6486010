#!/usr/bin/env bash
# Builds the benchmark module and runs the speech benchmark on the demo corpus: the product's espeak-ng engine
# (8 kHz telephone WAV) beside espeak-ng alone, on passages of the service-public.fr fiches written for the ear.
# Needs Debian's espeak-ng. Add MAVEN_OFFLINE=1 to build without network. See bench/README.md.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

mvn -B -q ${MAVEN_OFFLINE:+-o} -DskipTests package -pl bench -am >&2
exec java ${JAVA_OPTS:--Xmx512m} -Dlog4j2.statusLoggerLevel=OFF -Dslf4j.internal.verbosity=ERROR -cp "bench/target/bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" \
    fr.suresnes.contactcenter.bench.SpeechBenchmark demo-corpus "${ESPEAK_NG:-/usr/bin/espeak-ng}"
