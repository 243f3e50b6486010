#!/usr/bin/env bash
# Plays the README's first command as a new user would: ./run.sh on the embedded default, a citizen writes,
# the server is stopped with SIGTERM and started again, and the citizen's message is still there.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
offset=${SMOKE_PORT_OFFSET:-500}
http="http://127.0.0.1:$((8080 + offset))"
ready="http://127.0.0.1:$((9990 + offset))/health/ready"
data=$(mktemp -d)
log=$(mktemp)
trap 'pkill -TERM -f "$root/run.sh" 2>/dev/null || true; rm -rf "$data"' EXIT

start() {
    PORT_OFFSET=$offset DATA_DIR=$data "$root/run.sh" > "$log" 2>&1 &
    for _ in $(seq 240); do
        if grep -q "is ready" "$log"; then
            return 0
        fi
        sleep 1
    done
    cat "$log" >&2
    echo "smoke: ./run.sh did not report ready in 4 minutes" >&2
    return 1
}

stop() {
    pkill -TERM -f "$root/run.sh"
    for _ in $(seq 60); do
        if ! curl -fs "$ready" > /dev/null 2>&1; then
            sleep 2
            return 0
        fi
        sleep 1
    done
    echo "smoke: the server did not stop on SIGTERM" >&2
    return 1
}

json() {
    python3 -c "import json,sys; print(json.load(sys.stdin)$1)"
}

start
grep -q "demo accounts" "$log" || { echo "smoke: run.sh printed no demo accounts" >&2; exit 1; }
grep -q "EclipseLink, version" "$root/server/target/wildfly/standalone/log/server.log" \
    || { echo "smoke: EclipseLink is not in the server log" >&2; exit 1; }
if grep -q "HHH0" "$root/server/target/wildfly/standalone/log/server.log"; then
    echo "smoke: Hibernate ORM started" >&2
    exit 1
fi
curl -fs "$ready" | grep -q '"name":"database","status":"UP"'

opened=$(curl -fs -X POST -H 'Content-Type: application/json' -d '{"channel":"WEB_CHAT"}' "$http/api/conversations")
id=$(json '["id"]' <<<"$opened")
token=$(json '["accessToken"]' <<<"$opened")
curl -fs -X POST -H 'Content-Type: application/json' -H "Authorization: Bearer $token" \
    -d '{"text":"Message écrit avant le redémarrage"}' "$http/api/conversations/$id/messages" > /dev/null

stop
start
text=$(curl -fs -H "Authorization: Bearer $token" "$http/api/conversations/$id" | python3 -c \
    'import json,sys; print(next(m["text"] for m in json.load(sys.stdin)["messages"] if m["author"] == "CITIZEN"))')
[[ "$text" == "Message écrit avant le redémarrage" ]] || { echo "smoke: the message was lost across the restart: '$text'" >&2; exit 1; }
stop
echo "smoke: ./run.sh served the application, and the data survived a restart"
