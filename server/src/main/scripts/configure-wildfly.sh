#!/usr/bin/env bash
# Turns the unpacked WildFly distribution into the contact center's server:
# EclipseLink becomes the org.eclipse.persistence module, the PostgreSQL driver becomes a module,
# and the jboss-cli scripts in src/main/cli configure the server in embed-server mode.
# Runs again only when one of its inputs changed, so a configured server (and its data) is kept.
set -euo pipefail

unpacked=$1
home=$2
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(dirname "$unpacked")

stamp=$(cat "$0" "$src"/cli/*.cli "$src"/modules/org/postgresql/main/module.xml \
          "$build"/module-jars/*/*/*/main/*.jar "$build"/module-jars/*/*/main/*.jar 2>/dev/null | sha256sum | cut -d' ' -f1)
marker="$home/.contactcenter-configured"
if [[ -f "$marker" && "$(cat "$marker")" == "$stamp" ]]; then
    echo "WildFly at $home is up to date"
    exit 0
fi

echo "Assembling WildFly at $home"
rm -rf "$home"
cp -a "$unpacked" "$home"
chmod +x "$home"/bin/*.sh

eclipselink_module="$home/modules/system/layers/base/org/eclipse/persistence/main"
cp "$build/module-jars/org/eclipse/persistence/main/eclipselink.jar" "$eclipselink_module/"
# keep WildFly's jipijapa integration jar and add EclipseLink beside it; javax/** would shadow nothing useful
sed -i 's#\(<resource-root path="jipijapa-eclipselink-[^"]*"/>\)#\1\n        <resource-root path="eclipselink.jar">\n            <filter><exclude path="javax/**"/></filter>\n        </resource-root>#' \
    "$eclipselink_module/module.xml"
# EclipseLink also needs JDK modules that WildFly's jipijapa adapter alone does not
sed -i 's#\(<module name="java.naming"/>\)#\1\n        <module name="java.rmi"/>\n        <module name="java.sql"/>\n        <module name="java.xml"/>\n        <module name="java.desktop"/>#' \
    "$eclipselink_module/module.xml"
grep -q 'eclipselink.jar' "$eclipselink_module/module.xml"
grep -q 'java.rmi' "$eclipselink_module/module.xml"

mkdir -p "$home/modules/org/postgresql/main"
cp "$src/modules/org/postgresql/main/module.xml" "$build/module-jars/org/postgresql/main/postgresql.jar" \
   "$home/modules/org/postgresql/main/"

# the identity store of the embedded default: empty here, filled with demo accounts by run.sh only
for f in contactcenter-users.properties contactcenter-roles.properties; do
    printf '# Managed by run.sh on the embedded default; a production server uses LDAP or OpenID Connect instead.\n' \
        > "$home/standalone/configuration/$f"
done

# JVM options cannot be set through the CLI of a standalone server: standalone.conf carries them.
# PDFBox (inside Tika) reads memory-mapped files through java.nio internals.
cat >> "$home/bin/standalone.conf" <<'CONF'

# contact center
JAVA_OPTS="$JAVA_OPTS --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED -Djava.net.preferIPv4Stack=true"
CONF

for script in "$src"/cli/*.cli; do
    echo "jboss-cli: $(basename "$script")"
    JAVA_OPTS="-Xmx512m" "$home/bin/jboss-cli.sh" --file="$script"
done
rm -rf "$home/standalone/configuration/standalone_xml_history" "$home/standalone/data" "$home/standalone/log"

echo "$stamp" > "$marker"
