#!/usr/bin/env bash
# Warning scan: passes of complaint-service's real WarningScan over COMPLAINTS (default 100,000) open
# complaints in the embedded, in-process MongoDB on an H2 file, as the services run it (BACKEND=memory keeps
# the store in memory). Runs the Java main org.sunshine.complaint.warning.WarningScanBench (test sources) on
# the module's test classpath and prints a Markdown table; RECORD=1 also writes it to
# bench/results/<date>-warnings.md. Target of issue #5: a pass over 100,000 open complaints <= 10 s.
# Maven runs under the shared lock (/tmp/sunshine-mvn.lock) like every build on this machine.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
. scripts/lib.sh
use_jdk

COMPLAINTS=${COMPLAINTS:-100000}
# h2: the H2 file store every service runs on by default; memory: the same store kept in memory.
BACKEND=${BACKEND:-h2}
HEAP=${HEAP:-2g}
CLASSPATH_FILE=$ROOT/complaint-service/target/bench-classpath.txt

say "compiling complaint-service and its test classes"
flock "${MVN_LOCK:-/tmp/sunshine-mvn.lock}" mvn -B -q -ntp -pl complaint-service -am test-compile \
  dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CLASSPATH_FILE"

say "scanning $COMPLAINTS open complaints (backend: $BACKEND, heap $HEAP)"
in_memory=true
[[ $BACKEND == h2 ]] && in_memory=false
out=$(cd complaint-service && "$JAVA_HOME/bin/java" -Xmx"$HEAP" -Dbench.complaints="$COMPLAINTS" \
  -Dbench.in-memory=$in_memory -cp "target/test-classes:target/classes:$(cat "$CLASSPATH_FILE")" \
  org.sunshine.complaint.warning.WarningScanBench | tee /dev/stderr) || fail "the warning scan bench failed"
record_result warnings "Warning scan over $COMPLAINTS open complaints" \
  "COMPLAINTS=$COMPLAINTS BACKEND=$BACKEND HEAP=$HEAP" "$(grep '^|' <<<"$out")"
