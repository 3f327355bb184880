# Helpers shared by run.sh, test.sh and the benchmarks. Sourced, not run.

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

fail() { printf '[%s] ERROR: %s\n' "$(date +%H:%M:%S)" "$*" >&2; exit 1; }

absolute() { case $1 in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }

# JDK 25 is required (the in-JVM Elasticsearch node and Lucene need 21+); the machine's default java is 17.
use_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
    [[ -n $candidate && -x $candidate/bin/java ]] || continue
    if "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[5-9]|[3-9][0-9])'; then
      export JAVA_HOME=$candidate
      export PATH=$JAVA_HOME/bin:$PATH
      return
    fi
  done
  fail "JDK 25 not found: install Temurin 25 (expected at /usr/lib/jvm/temurin-25-jdk-amd64) or set JAVA_HOME"
}

# Idle and total CPU time of the machine so far (clock ticks, all CPUs).
cpu_idle_and_total() { awk '/^cpu / { print $5 + $6, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

# Waits (at most $1 seconds, default 300) until the machine's CPUs were at least $2 % idle (default 60) over 5 s, so
# a measurement does not share the cores with work the previous step left behind (a platform indexing what was just
# published, a JIT still compiling). Says how long it waited; never fails.
wait_for_quiet() {
  local limit=${1:-300} want=${2:-60} start=$SECONDS idle i0 t0 i1 t1
  while ((SECONDS - start < limit)); do
    read -r i0 t0 < <(cpu_idle_and_total)
    sleep 5
    read -r i1 t1 < <(cpu_idle_and_total)
    idle=$(((i1 - i0) * 100 / (t1 - t0)))
    ((idle >= want)) && { say "machine quiet (${idle} % idle) after $((SECONDS - start)) s"; return 0; }
  done
  say "machine still busy (${idle:-?} % idle) after ${limit} s; measuring anyway"
}

# HTTP status of a GET, or 000 when nothing answers.
http_status() { curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" || true; }

# Waits up to $3 seconds until GET $2 answers 200; otherwise shows the end of log $4 and fails, naming $1.
wait_until_ok() {
  local deadline=$((SECONDS + $3))
  until [[ $(http_status "$2") == 200 ]]; do
    ((SECONDS < deadline)) || { tail -n 30 "$4" >&2; fail "$1 did not answer GET $2 with 200 within $3 s"; }
    sleep 1
  done
}

# The JVM options a part runs with, here and in the benchmarks (run.sh adds its AOT cache and JAVA_OPTS): small
# heaps and the serial collector, since six JVMs share two cores and a few GiB.
jvm_opts_of() {
  case $1 in
    search-service) echo "-XX:+UseSerialGC -Xss512k -Xmx768m --enable-native-access=ALL-UNNAMED --add-modules jdk.incubator.vector" ;;
    *) echo "-XX:+UseSerialGC -Xss512k -Xmx256m" ;;
  esac
}

# Module $1's Boot jar.
jar_of() { echo "$ROOT/$1/target/$1-${VERSION:-0.1.0-SNAPSHOT}.jar"; }

# True when module $1's jar is missing or older than anything it is built from: its own sources and pom, the
# root pom, and service-defaults (every service embeds it, the store included).
jar_is_stale() {
  local jar
  jar=$(jar_of "$1")
  [[ ! -f $jar ]] && return 0
  [[ -n $(find "$ROOT/pom.xml" "$ROOT/service-defaults/pom.xml" "$ROOT/service-defaults/src/main" \
    "$ROOT/$1/pom.xml" "$ROOT/$1/src/main" -newer "$jar" -print -quit 2>/dev/null) ]]
}

# A bearer token for one of the embedded run's demo accounts ($1: clerk, supervisor …), signed in through
# the gateway at $2 with the password ./run.sh wrote to $DATA_DIR/demo-credentials.txt.
demo_token() {
  local password
  password=$(awk -F'\t' -v user="$1" '$1 == user {print $2}' "${DATA_DIR:-data}/demo-credentials.txt")
  [[ -n $password ]] || fail "no $1 in ${DATA_DIR:-data}/demo-credentials.txt"
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$password\"}" \
    "$2/api/auth/token" | jq -er .access_token || fail "$1 could not sign in at $2"
}

# A latency as wrk prints it (812.00us, 4.31ms, 1.02s) in milliseconds with $2 decimals (default 2).
to_ms() {
  awk -v v="$1" -v d="${2:-2}" 'BEGIN { f = "%." d "f"; if (v ~ /us$/) printf f, v / 1000; else if (v ~ /ms$/) printf f, v + 0; else printf f, v * 1000 }'
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The machine's load when the sourcing script started: a benchmark records it next to its figures.
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)

# "- commit: <sha>", marked when the sources differ from it. Results files do not count: the one being
# written is truncated before its lines are, and would mark every rerun of a day.
commit_line() {
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet -- . ':!bench/results' || echo ' (with local changes)')"
}

# With RECORD set, writes a benchmark's table to bench/results/<date>-<name>.md under a header saying
# when, on which commit and machine, and with which settings it ran. Arguments: name, title,
# settings, table.
record_result() {
  [[ -n ${RECORD:-} ]] || return 0
  local out=bench/results/$(date +%F)-$1.md commit
  commit=$(commit_line)
  mkdir -p bench/results
  {
    echo "# $2, $(date +%F)"
    echo
    echo "$commit"
    echo "- machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -sr); load average at the start: $LOAD_AT_START"
    echo "- command: \`bench/$(basename "$0")\` ($3)"
    echo
    echo "$4"
  } >"$out"
  say "recorded in $out"
}

# A Spring Cloud Gateway with nothing of the platform's in it (bench/bare-gateway): one fixed-URL route,
# so a benchmark can put the framework's own cost beside the real gateway's. Arguments: port, target
# base URL, log file. Builds the jar on first use, waits until it routes (GET target/probe path as $4),
# and prints its pid.
start_bare_gateway() {
  local port=$1 target=$2 log=$3 probe=$4 jar=bench/bare-gateway/target/bare-gateway-0.1.0-SNAPSHOT.jar pid deadline
  if [[ ! -f $jar ]]; then
    say "building bench/bare-gateway" >&2
    mvn -B -q -DskipTests -f bench/bare-gateway/pom.xml package >&2 || fail "bench/bare-gateway did not build"
  fi
  port_in_use "$port" && fail "port $port for the bare gateway is in use (set BARE_GATEWAY_PORT)"
  # The real gateway's JVM options, so only the code differs.
  # shellcheck disable=SC2046
  BARE_GATEWAY_PORT=$port BARE_TARGET=$target \
    "$JAVA_HOME/bin/java" $(jvm_opts_of gateway) -jar "$jar" >"$log" 2>&1 </dev/null &
  pid=$!
  deadline=$((SECONDS + 60))
  until [[ $(http_status "http://127.0.0.1:$port$probe") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$log" >&2; fail "the bare gateway exited (log $log)"; }
    ((SECONDS < deadline)) || { kill "$pid"; fail "the bare gateway did not route $probe within 60 s"; }
    sleep 0.5
  done
  echo "$pid"
}
