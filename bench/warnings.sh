#!/usr/bin/env bash
# Warning scan: passes of complaint-service's real WarningScan over COMPLAINTS (default 100,000) open
# complaints in the embedded, in-process MongoDB (mongo-java-server; BACKEND=h2 for its H2 file store).
# Runs the Java main org.sunshine.complaint.warning.WarningScanBench (test sources) on the module's test
# classpath and prints a Markdown table. Target of issue #5: a pass over 100,000 open complaints <= 10 s.
# Maven runs under the shared lock (/tmp/sunshine-mvn.lock) like every build on this machine.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
. scripts/lib.sh
use_jdk

COMPLAINTS=${COMPLAINTS:-100000}
BACKEND=${BACKEND:-memory}
HEAP=${HEAP:-2g}
CLASSPATH_FILE=$ROOT/complaint-service/target/bench-classpath.txt

say "compiling complaint-service and its test classes"
flock "${MVN_LOCK:-/tmp/sunshine-mvn.lock}" mvn -o -B -q -ntp -pl complaint-service test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"

say "scanning $COMPLAINTS open complaints (backend: $BACKEND, heap $HEAP)"
in_memory=true
[[ $BACKEND == h2 ]] && in_memory=false
cd complaint-service
"$JAVA_HOME/bin/java" -Xmx"$HEAP" -Dbench.complaints="$COMPLAINTS" -Dbench.in-memory=$in_memory \
  -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" \
  org.sunshine.complaint.warning.WarningScanBench
