#!/usr/bin/env bash
# Runs the whole platform on embedded defaults (in-process MongoDB per service, an in-JVM
# Elasticsearch node, an in-process SMSC). Builds first when sources are newer than the jars.
#
#   ./run.sh            start everything, print where it is, stop it all on Ctrl-C
#   ./run.sh start      start in the background; returns once every part is healthy
#   ./run.sh stop       stop what this script started (its own PIDs only)
#   ./run.sh status     pid, port, health and memory of each part
#
# Environment (all optional): DATA_DIR, LOG_DIR, REGISTRY_PORT, GATEWAY_PORT, DISCLOSURE_PORT,
# COMPLAINT_PORT, SMS_PORT, SEARCH_PORT; MONGODB_URI, ELASTICSEARCH_URIS, SMPP_HOST/SMPP_PORT/
# SMPP_SYSTEM_ID/SMPP_PASSWORD, REDIS_URL replace the embedded parts; START_TIMEOUT (seconds);
# SKIP_BUILD=1 starts the jars as they are; JAVA_OPTS adds JVM options to every part; AOT_CACHE=off
# starts without the JVM's ahead-of-time cache (no training run, no cache written on stop).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"

VERSION=0.1.0-SNAPSHOT
export DATA_DIR=$(absolute "${DATA_DIR:-$ROOT/data}")
export LOG_DIR=$(absolute "${LOG_DIR:-$ROOT/logs}")
RUN_DIR=$DATA_DIR/run
START_TIMEOUT=${START_TIMEOUT:-180}

export REGISTRY_PORT=${REGISTRY_PORT:-8761}
export GATEWAY_PORT=${GATEWAY_PORT:-8080}
export DISCLOSURE_PORT=${DISCLOSURE_PORT:-8081}
export COMPLAINT_PORT=${COMPLAINT_PORT:-8082}
export SMS_PORT=${SMS_PORT:-8083}
export SEARCH_PORT=${SEARCH_PORT:-8084}

SERVICES=(disclosure-service complaint-service sms-service search-service)
ALL=(registry "${SERVICES[@]}" gateway)

port_of() {
  case $1 in
    registry) echo "$REGISTRY_PORT" ;;
    gateway) echo "$GATEWAY_PORT" ;;
    disclosure-service) echo "$DISCLOSURE_PORT" ;;
    complaint-service) echo "$COMPLAINT_PORT" ;;
    sms-service) echo "$SMS_PORT" ;;
    search-service) echo "$SEARCH_PORT" ;;
  esac
}

# The Boot jar unpacked (Boot's "tools" jar mode): plain jars on the class path start faster than
# nested ones and let the JVM's class-data-sharing archive cover the application's classes too.
extracted_of() { echo "$ROOT/$1/target/extracted/$1-$VERSION.jar"; }

extract() {
  local jar extracted
  jar=$(jar_of "$1")
  extracted=$(extracted_of "$1")
  if [[ ! -f $extracted || $jar -nt $extracted ]]; then
    rm -rf "$ROOT/$1/target/extracted" "$DATA_DIR/cds/$1.aot"
    "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$ROOT/$1/target/extracted" >/dev/null
  fi
}

# JDK 25's ahead-of-time cache (JEP 483/514/515): the first run records which classes the service
# loads and links and how its hot methods behave, and writes the cache when it stops; every later
# start maps it instead of loading, linking and profiling again. Measured in docs/performance.md.
aot_opts_of() {
  [[ ${AOT_CACHE:-on} != off ]] || return 0
  local cache=$DATA_DIR/cds/$1.aot
  if [[ -f $cache ]]; then echo "-XX:AOTCache=$cache"; else echo "-XX:AOTCacheOutput=$cache"; fi
}

# lib.sh's options for the part, its AOT cache, and JAVA_OPTS last so they can override.
start_opts_of() { echo "$(jvm_opts_of "$1") -Xlog:aot=error,cds=error $(aot_opts_of "$1") ${JAVA_OPTS:-}"; }

pid_of() {
  local file=$RUN_DIR/$1.pid
  [[ -f $file ]] || return 1
  local pid
  pid=$(<"$file")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

needs_build() {
  local module
  for module in "${ALL[@]}"; do
    jar_is_stale "$module" && return 0
  done
  return 1
}

build() {
  if needs_build; then
    say "Building (tests skipped; ./test.sh runs them)…"
    mvn -B -q -DskipTests -pl "$(IFS=,; echo "${ALL[*]}")" -am package
  fi
}

start_one() {
  local module=$1 port
  port=$(port_of "$module")
  if pid_of "$module" >/dev/null; then
    say "$module is already running (pid $(pid_of "$module"))"
    return
  fi
  if port_in_use "$port"; then
    fail "port $port for $module is taken by another process; set the port variable to move it"
  fi
  extract "$module"
  # shellcheck disable=SC2046
  nohup "$JAVA_HOME/bin/java" $(start_opts_of "$module") -jar "$(extracted_of "$module")" \
    --eureka.instance.ip-address=127.0.0.1 >>"$LOG_DIR/$module.log" 2>&1 </dev/null &
  echo $! >"$RUN_DIR/$module.pid"
}

wait_ready() {
  local module=$1 port deadline
  port=$(port_of "$module")
  deadline=$((SECONDS + START_TIMEOUT))
  until [[ $(http_status "http://127.0.0.1:$port/actuator/health/readiness") == 200 ]]; do
    if ! pid_of "$module" >/dev/null; then
      tail -n 40 "$LOG_DIR/$module.log" >&2 || true
      fail "$module exited during start-up; its log is $LOG_DIR/$module.log"
    fi
    if ((SECONDS > deadline)); then
      tail -n 40 "$LOG_DIR/$module.log" >&2 || true
      fail "$module was not ready within ${START_TIMEOUT}s; its log is $LOG_DIR/$module.log"
    fi
    sleep 0.5
  done
  say "$module ready on port $port"
}

# The gateway finds services through the registry; wait until each route reaches its service
# (any answer but 503 means the request arrived), so the first real request does not hit a gap.
wait_routed() {
  local deadline=$((SECONDS + START_TIMEOUT)) path status
  for path in /api/power-categories /api/calendar/2025 /api/sms/messages /api/search/suggest?q=a; do
    until status=$(http_status "http://127.0.0.1:$GATEWAY_PORT$path") && [[ $status != 503 && $status != 000 ]]; do
      ((SECONDS < deadline)) || fail "the gateway does not reach $path yet (last status $status)"
      sleep 0.5
    done
  done
  say "gateway routes reach every service"
}

start() {
  use_jdk
  # The end-to-end suite has just built the jars in the same Maven run.
  [[ -n ${SKIP_BUILD:-} ]] || build
  mkdir -p "$RUN_DIR" "$LOG_DIR" "$DATA_DIR/cds"
  local began=$SECONDS module
  # All six start at once: a Eureka client that comes up before the registry simply registers on
  # its next heartbeat, so ordering them would only leave the cores idle while one JVM warms up.
  for module in "${ALL[@]}"; do start_one "$module"; done
  for module in "${ALL[@]}"; do wait_ready "$module"; done
  wait_routed
  say "All parts healthy in $((SECONDS - began))s."
  cat <<EOF

  阳光政务 Sunshine Affairs is running.
    Portal           http://localhost:$GATEWAY_PORT/
    API docs         http://localhost:$GATEWAY_PORT/api/docs
    Registry         http://localhost:$REGISTRY_PORT/
    Staff sign-in    accounts and passwords in $DATA_DIR/demo-credentials.txt
    Logs             $LOG_DIR/<module>.log
    Data             $DATA_DIR
    Stop             ./run.sh stop

EOF
}

# The gateway and the services get TERM at once (each JVM drains, and after its first run writes its AOT
# cache on the way out), the registry once they are gone: stopped with them, it was gone before they could
# sign off, and every stop left "de-registration failed" errors in their logs. One shared deadline;
# stragglers are killed.
stop() {
  local deadline=$((SECONDS + 90))
  terminate "$deadline" gateway "${SERVICES[@]}"
  terminate "$deadline" registry
}

# TERM to each of the given modules that runs, then wait for them until second $1; kill what is left.
terminate() {
  local deadline=$1 module pid entry stopping=()
  shift
  for module in "$@"; do
    if pid=$(pid_of "$module"); then
      kill -TERM "$pid" 2>/dev/null || true
      stopping+=("$module:$pid")
    else
      rm -f "$RUN_DIR/$module.pid"
    fi
  done
  for entry in "${stopping[@]}"; do
    module=${entry%%:*} pid=${entry##*:}
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      say "$module did not stop in 90s; killing pid $pid"
      kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$RUN_DIR/$module.pid"
    say "stopped $module"
  done
}

status() {
  local module pid port health rss total=0
  printf '%-20s %-8s %-6s %-10s %s\n' PART PID PORT HEALTH RSS
  for module in "${ALL[@]}"; do
    port=$(port_of "$module")
    if pid=$(pid_of "$module"); then
      health=$(curl -s -m 2 "http://127.0.0.1:$port/actuator/health" | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p' | head -n1)
      rss=$(ps -o rss= -p "$pid" | tr -d ' ')
      total=$((total + rss))
      printf '%-20s %-8s %-6s %-10s %s MiB\n' "$module" "$pid" "$port" "${health:-DOWN}" $((rss / 1024))
    else
      printf '%-20s %-8s %-6s %-10s %s\n' "$module" - "$port" STOPPED -
    fi
  done
  printf 'total RSS %s MiB\n' $((total / 1024))
}

foreground() {
  trap 'echo; stop; exit 0' INT TERM
  start
  say "Press Ctrl-C to stop."
  local module pid
  while true; do
    for module in "${ALL[@]}"; do
      pid_of "$module" >/dev/null || { say "$module stopped unexpectedly; see $LOG_DIR/$module.log"; stop; exit 1; }
    done
    sleep 2
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  restart) stop; start ;;
  "") foreground ;;
  *) echo "usage: $0 [start|stop|status|restart]" >&2; exit 2 ;;
esac
