#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the integration tests, from Debian's postgresql package:
#   test-postgres.sh start|stop <build directory> <port>
# If a PostgreSQL already answers on that port, it is used as is (it must have the role and database of
# it.pg.user / it.pg.url in integration-tests/pom.xml).
set -euo pipefail

action=$1
target=$2
port=$3
state="$target/test-postgres.dir"
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

as_owner=()
if [[ $(id -u) == 0 ]]; then
    as_owner=(runuser -u postgres --)
fi

case "$action" in
start)
    if [[ -n "$pgbin" ]] && "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
        echo "test PostgreSQL: using the server already listening on port $port"
        exit 0
    fi
    if [[ -z "$pgbin" ]]; then
        echo "test PostgreSQL: not installed. Install Debian's package (apt-get install postgresql) or start a server on port $port." >&2
        exit 1
    fi
    dir=$(mktemp -d /tmp/contactcenter-it-pg.XXXXXX)
    echo "$dir" > "$state"
    if [[ $(id -u) == 0 ]]; then
        chown postgres "$dir"
    fi
    "${as_owner[@]}" "$pgbin/initdb" -D "$dir/data" -U contactcenter --auth=trust -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log"
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start
    "${as_owner[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$port" -U contactcenter contactcenter_test
    echo "test PostgreSQL: started in $dir on port $port"
    ;;
stop)
    if [[ -f "$state" ]]; then
        dir=$(cat "$state")
        "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop || true
        rm -rf "$dir" "$state"
        echo "test PostgreSQL: stopped"
    fi
    ;;
*)
    echo "usage: $0 start|stop <build directory> <port>" >&2
    exit 2
    ;;
esac
