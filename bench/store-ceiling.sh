#!/usr/bin/env bash
# The ceiling of the services' embedded store on this machine: commands per second of one kind (ping, find by
# _id, update by _id, update by _id with a condition on another field, insert) through the reactive driver
# against the in-process wire server on an H2 file, with IN_FLIGHT commands at a time and nothing else in the
# process. A service doing N store commands per request can never go faster than this table allows, whatever
# its own code costs. Uses the libraries inside sms-service's jar (rebuilt when stale). Prints a Markdown table (the last of ROUNDS rounds, the first ones warm the JIT).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
. scripts/lib.sh
use_jdk

SECONDS_PER_ROUND=${SECONDS_PER_ROUND:-10}
ROUNDS=${ROUNDS:-3}
IN_FLIGHT=${IN_FLIGHT:-32}
# Documents in the collection before the rounds; a command that scans reads every one of them.
DOCUMENTS=${DOCUMENTS:-1000}
# embedded: the services' backend (service-defaults); stock: mongo-java-server's H2 backend, to compare.
STORE=${STORE:-embedded}
JAR=$(jar_of sms-service)
if jar_is_stale sms-service && [[ -z ${SKIP_BUILD:-} ]]; then
  say "building sms-service (tests skipped)"
  flock "${MVN_LOCK:-/tmp/sunshine-mvn.lock}" mvn -o -B -q -DskipTests -pl sms-service -am package
fi
work=$(mktemp -d /tmp/store-ceiling.XXXXXX)
trap 'rm -rf "$work"' EXIT
(cd "$work" && unzip -q "$JAR" 'BOOT-INF/lib/*')
classpath=$(ls "$work"/BOOT-INF/lib/*.jar | grep -E '/(mongo|bson|h2-|netty-|reactor-core|reactive-streams|slf4j-api|service-defaults)' | paste -sd:)

echo "| command | per second (${STORE} store, ${DOCUMENTS} documents, ${IN_FLIGHT} in flight, round ${ROUNDS} of ${ROUNDS}, ${SECONDS_PER_ROUND} s) |"
echo "|---|---|"
for kind in ${KINDS:-ping find update guarded insert}; do
  say "$kind" >&2
  rate=$("$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xmx256m -cp "$classpath" bench/java/StoreCeiling.java \
    "$kind" "$SECONDS_PER_ROUND" "$ROUNDS" "$IN_FLIGHT" "$DOCUMENTS" "$STORE" 2>/dev/null | awk '$1 == "ROUND" {r = $4} END {print r}')
  echo "| $kind | $rate |"
done
echo
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
