#!/usr/bin/env bash
# Builds what is missing, assembles WildFly, deploys the contact center and runs it in the foreground.
# Ctrl-C or SIGTERM stops it cleanly. See README.md, "Configuration", for the environment variables.
set -euo pipefail

root=$(cd "$(dirname "$0")" && pwd)
cd "$root"

PORT_OFFSET=${PORT_OFFSET:-0}
DB_KIND=${DB_KIND:-h2}
DATA_DIR=${DATA_DIR:-$root/data}
export KNOWLEDGE_IMPORT_DIRS=${KNOWLEDGE_IMPORT_DIRS:-$root/demo-corpus}
wildfly="$root/server/target/wildfly"
ear="$root/ear/target/contact-center.ear"
http_port=$((8080 + PORT_OFFSET))
management_port=$((9990 + PORT_OFFSET))

case "$DB_KIND" in
h2) ;;
postgresql)
    : "${DB_URL:?DB_KIND=postgresql needs DB_URL (jdbc:postgresql://host:5432/database), DB_USER and DB_PASSWORD}"
    : "${DB_USER:?DB_KIND=postgresql needs DB_USER}"
    : "${DB_PASSWORD:?DB_KIND=postgresql needs DB_PASSWORD}"
    ;;
*)
    echo "DB_KIND must be h2 or postgresql, not '$DB_KIND'" >&2
    exit 2
    ;;
esac
export DB_KIND

needs_build() {
    [[ ! -f "$ear" || ! -f "$wildfly/.contactcenter-configured" ]] && return 0
    [[ -n $(find . -path ./data -prune -o -path '*/target' -prune -o -type f \( -path '*/src/*' -o -name pom.xml \) \
            -newer "$ear" -print -quit) ]]
}
if needs_build; then
    echo "Building the contact center (tests are run by: mvn -B verify)…"
    mvn -B -q -DskipTests package -pl server,ear -am
fi

# The embedded default gets demo accounts; a production database never does (see README, "Security").
users="$wildfly/standalone/configuration/contactcenter-users.properties"
roles="$wildfly/standalone/configuration/contactcenter-roles.properties"
demo_accounts=(admin supervisor agent1 agent2)
if [[ "$DB_KIND" == h2 ]]; then
    DEMO_PASSWORD=${DEMO_PASSWORD:-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 16)}
    {
        echo "# Demo accounts of the embedded default, written by run.sh at each start."
        for account in "${demo_accounts[@]}"; do
            printf '%s=%s\n' "$account" "$(printf '%s' "$account:ContactCenter:$DEMO_PASSWORD" | md5sum | cut -d' ' -f1)"
        done
    } > "$users"
    printf '%s\n' "# Roles of the demo accounts." "admin=admin,supervisor,agent" "supervisor=supervisor,agent" \
        "agent1=agent" "agent2=agent" > "$roles"
else
    echo "# No built-in account: connect the contact-center security domain to LDAP or OpenID Connect (README)." > "$users"
    echo "# No built-in account." > "$roles"
fi

mkdir -p "$DATA_DIR"
rm -f "$wildfly"/standalone/deployments/contact-center.ear*
cp "$ear" "$wildfly/standalone/deployments/"

export JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx2g}"
export LAUNCH_JBOSS_IN_BACKGROUND=1
"$wildfly/bin/standalone.sh" \
    -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
    -Dcontactcenter.data.dir="$DATA_DIR" &
server=$!

stop() {
    echo "Stopping the contact center…"
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    exit 0
}
trap stop INT TERM

until curl -fs "http://127.0.0.1:$management_port/health/ready" > /dev/null 2>&1; do
    if ! kill -0 "$server" 2>/dev/null; then
        echo "WildFly stopped before the contact center was ready; see $wildfly/standalone/log/server.log" >&2
        exit 1
    fi
    sleep 1
done

cat <<READY

================================================================================
 Centre de contacts de Suresnes is ready (database: $DB_KIND)
   citizen page        http://localhost:$http_port/
   agent portal        http://localhost:$http_port/agent/
   OpenAPI             http://localhost:$http_port/openapi
   readiness           http://localhost:$management_port/health/ready
READY
if [[ "$DB_KIND" == h2 ]]; then
    echo "   demo accounts       ${demo_accounts[*]}  (password: $DEMO_PASSWORD)"
    echo "   data                $DATA_DIR"
fi
echo "   knowledge folders   $KNOWLEDGE_IMPORT_DIRS (watched; imports in the portal and GET /api/knowledge/imports)"
echo " Ctrl-C stops it."
echo "================================================================================"
wait "$server"
