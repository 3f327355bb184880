#!/usr/bin/env bash
# Gateway overhead: the same cheap GET (a year's holiday calendar, computed in memory by
# complaint-service) straight to the service and through the gateway, in one run.
#   1. peak throughput of each with wrk (closed loop, CONNECTIONS connections);
#   2. latency of each at half the gateway's peak rate: wrk with Poisson arrivals (each of RATE_CONNECTIONS
#      connections waits an exponentially distributed time between requests). hey's fixed rate was not used:
#      its workers' tickers fire in step, so it sent bursts of 8 requests at once every few milliseconds.
# AUTH=1 measures a staff GET instead (the complaint time-limit rules, with a supervisor's bearer token from
# $DATA_DIR/demo-credentials.txt): the service validates the JWT on both paths, the gateway adds its edge.
# BASELINE=1 also measures a Spring Cloud Gateway with nothing of ours in it (bench/bare-gateway: one
# fixed-URL route to the same service, no registry, security, limits or observation) at the same points
# and at half of its own peak: what the framework alone costs on this machine.
# Prints a Markdown table; with RECORD=1 also writes it to bench/results/<date>-gateway[-auth|-baseline].md.
# Uses the running platform (./run.sh start) or starts one and stops it afterwards.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
. scripts/lib.sh

DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
# Seconds of load on each path before measuring. On two cores the JIT compiler threads compete with
# the load: 10 s left the first measured run at about half of a warm one (docs/performance.md).
WARMUP=${WARMUP:-45}
GATEWAY_PORT=${GATEWAY_PORT:-8080}
COMPLAINT_PORT=${COMPLAINT_PORT:-8082}
AUTH=${AUTH:-}
BASELINE=${BASELINE:-}
BARE_GATEWAY_PORT=${BARE_GATEWAY_PORT:-8090}
PATH_UNDER_TEST=/api/calendar/2025
[[ -n $AUTH ]] && PATH_UNDER_TEST=/api/complaint-rules
DIRECT=http://127.0.0.1:$COMPLAINT_PORT$PATH_UNDER_TEST
VIA_GATEWAY=http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST
VIA_BARE=http://127.0.0.1:$BARE_GATEWAY_PORT$PATH_UNDER_TEST

need() {
  command -v "$1" >/dev/null && return
  [[ $(id -u) -eq 0 ]] || fail "$1 is needed (apt-get install $2)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need wrk wrk
RATE_CONNECTIONS=${RATE_CONNECTIONS:-64}

# The edge limits stay on (their cost is part of what is measured) but the per-IP read limit is
# lifted, since every request here comes from one address. A platform already running must have
# been started the same way; a throttled run is refused below rather than reported.
started_here=
if [[ $(http_status "http://127.0.0.1:$GATEWAY_PORT/api/calendar/2025") != 200 ]]; then
  EDGE_READ_LIMIT_PER_MINUTE=1000000000 ./run.sh start
  started_here=1
fi
bare_pid=
trap 'rm -f "${POISSON:-}"; [[ -n $bare_pid ]] && kill $bare_pid; [[ -n $started_here ]] && ./run.sh stop >/dev/null' EXIT
POISSON=$(mktemp --suffix=.lua)
cat >"$POISSON" <<'LUA'
-- Poisson arrivals: before each request a connection waits an exponentially distributed time.
local mean = tonumber(os.getenv("MEAN_DELAY_MS"))
local seed = 0
function setup(thread) seed = seed + 1; thread:set("seed", seed) end
function init(args) math.randomseed(os.time() * 100 + seed) end
function delay() return math.floor(-math.log(1 - math.random()) * mean) end
LUA
if [[ -n $BASELINE ]]; then
  use_jdk
  bare_pid=$(start_bare_gateway "$BARE_GATEWAY_PORT" "http://127.0.0.1:$COMPLAINT_PORT" \
    "${TMPDIR:-/tmp}/bare-gateway-$BARE_GATEWAY_PORT.log" /api/calendar/2025)
fi

# wrk for DURATION seconds over $1 connections (further arguments are wrk's, the URL last): requests/s, then
# p50 and p99 in ms.
wrk_run() {
  local connections=$1 out
  shift
  out=$(wrk -t2 -c"$connections" -d"${DURATION}s" --latency "${AUTH_HEADER[@]}" "$@")
  if grep -q 'Non-2xx' <<<"$out"; then
    fail "${*: -1} answered non-2xx during the run ($(grep 'Non-2xx' <<<"$out")); restart the platform with EDGE_READ_LIMIT_PER_MINUTE=1000000000"
  fi
  awk '/Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} END {print rps, p50, p99}' <<<"$out" | {
    read -r rps p50 p99
    echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
  }
}

# Peak: closed loop, every connection sends its next request as soon as it has an answer.
peak_run() { wrk_run "$CONNECTIONS" "$1"; }

# At a mean total rate of $1 with Poisson arrivals. A connection waits for its answer before its next delay
# starts, so the achieved rate (rounded here) falls a little short of the asked one.
rate_run() {
  MEAN_DELAY_MS=$((RATE_CONNECTIONS * 1000 / $1)) wrk_run "$RATE_CONNECTIONS" -s "$POISSON" "$2" |
    awk '{printf "%.0f %s %s\n", $1, $2, $3}'
}

ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
minus() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }

AUTH_HEADER=()
if [[ -n $AUTH ]]; then
  token=$(demo_token supervisor "http://127.0.0.1:$GATEWAY_PORT")
  AUTH_HEADER=(-H "Authorization: Bearer $token")
fi

say "warming up both paths"
wrk -t2 -c8 -d"${WARMUP}s" "${AUTH_HEADER[@]}" "$DIRECT" >/dev/null
wrk -t2 -c8 -d"${WARMUP}s" "${AUTH_HEADER[@]}" "$VIA_GATEWAY" >/dev/null
[[ -n $BASELINE ]] && wrk -t2 -c8 -d"${WARMUP}s" "${AUTH_HEADER[@]}" "$VIA_BARE" >/dev/null

say "peak: direct"
read -r direct_rps direct_p50 direct_p99 < <(peak_run "$DIRECT")
say "peak: through the gateway"
read -r gw_rps gw_p50 gw_p99 < <(peak_run "$VIA_GATEWAY")
[[ -n ${direct_rps:-} && -n ${gw_rps:-} ]] || fail "a peak run gave no figures (see above)"
half=$(awk -v r="$gw_rps" 'BEGIN { printf "%d", r / 2 }')
say "fixed rate $half req/s: direct"
read -r hd_rps hd_p50 hd_p99 < <(rate_run "$half" "$DIRECT")
say "fixed rate $half req/s: through the gateway"
read -r hg_rps hg_p50 hg_p99 < <(rate_run "$half" "$VIA_GATEWAY")
[[ -n ${hd_rps:-} && -n ${hg_rps:-} ]] || fail "a fixed-rate run gave no figures (see above)"

if [[ -n $BASELINE ]]; then
  say "peak: through the bare gateway"
  read -r bare_rps bare_p50 bare_p99 < <(peak_run "$VIA_BARE")
  say "fixed rate $half req/s: through the bare gateway"
  read -r hb_rps hb_p50 hb_p99 < <(rate_run "$half" "$VIA_BARE")
  # The target read at the framework's own half peak: a gateway as cheap as the bare one would be
  # measured there.
  bare_half=$(awk -v r="$bare_rps" 'BEGIN { printf "%d", r / 2 }')
  say "fixed rate $bare_half req/s: direct, then through the bare gateway"
  read -r bd_rps bd_p50 bd_p99 < <(rate_run "$bare_half" "$DIRECT")
  read -r bb_rps bb_p50 bb_p99 < <(rate_run "$bare_half" "$VIA_BARE")
  [[ -n ${bare_rps:-} && -n ${hb_rps:-} && -n ${bb_rps:-} ]] || fail "a bare-gateway run gave no figures (see above)"
fi

ratio=$(ratio_of "$gw_rps" "$direct_rps")
overhead=$(minus "$hg_p99" "$hd_p99")
table=$(cat <<EOT
| measure | direct | through gateway | gateway / direct |
|---|---|---|---|
| peak throughput (req/s, wrk -c$CONNECTIONS, ${DURATION}s) | $direct_rps | $gw_rps | $ratio |
| latency p50 / p99 at peak (ms) | $direct_p50 / $direct_p99 | $gw_p50 / $gw_p99 | |
| achieved rate at half the gateway's peak (req/s, wrk -c$RATE_CONNECTIONS, Poisson arrivals) | $hd_rps | $hg_rps | |
| latency p50 / p99 at that rate (ms) | $hd_p50 / $hd_p99 | $hg_p50 / $hg_p99 | p99 overhead $overhead ms |
EOT
)
if [[ -n $BASELINE ]]; then
  table+=$'\n'$(cat <<EOT

| bare Spring Cloud Gateway (framework alone) | direct | through the bare gateway | bare / direct |
|---|---|---|---|
| peak throughput (req/s, wrk -c$CONNECTIONS, ${DURATION}s) | $direct_rps | $bare_rps | $(ratio_of "$bare_rps" "$direct_rps") |
| latency p50 / p99 at $half req/s, half the real gateway's peak (ms) | $hd_p50 / $hd_p99 | $hb_p50 / $hb_p99 | p99 overhead $(minus "$hb_p99" "$hd_p99") ms |
| achieved rate at $bare_half req/s, half the bare gateway's own peak | $bd_rps | $bb_rps | |
| latency p50 / p99 at that rate (ms) | $bd_p50 / $bd_p99 | $bb_p50 / $bb_p99 | p99 overhead $(minus "$bb_p99" "$bd_p99") ms |
EOT
)
fi
echo
echo "$table"
record_result "gateway${AUTH:+-auth}${BASELINE:+-baseline}" "Gateway overhead${AUTH:+ with a bearer token}" \
  "AUTH=$AUTH BASELINE=$BASELINE DURATION=$DURATION CONNECTIONS=$CONNECTIONS WARMUP=$WARMUP, path $PATH_UNDER_TEST" "$table"
