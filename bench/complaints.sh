#!/usr/bin/env bash
# Complaint intake through the gateway: every request files a new anonymous complaint with its own
# Idempotency-Key and client address (bench/lua/file-complaint.lua), so nothing is answered from the
# idempotency store and the per-IP filing limit (10 per 10 min) is exercised, not hit.
#   1. peak: wrk closed loop with CONNECTIONS connections for DURATION seconds;
#   2. moderate load: the same with LIGHT_CONNECTIONS connections (latency when not saturated);
#   3. zero lost: the public statistics' "received" count must grow by at least the 201s wrk saw (by at most
#      one more per connection: requests still in flight when wrk stopped);
#   4. the staff queue over everything now stored, all of it open: a clerk's first page (soonest due first),
#      a page deep in it and one status filter, QUEUE_READS times each, one at a time after the load.
# The warning scan over 100,000 open complaints is bench/warnings.sh.
# Prints a Markdown table; with RECORD=1 also writes it to bench/results/<date>-complaints.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
. scripts/lib.sh

DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
# Seconds of filing before measuring. On two cores the services' JIT takes minutes to settle under this
# load: on a fresh start, 30 s of warm-up measured 140 filings/s at peak, 120 s 210/s, 180 s 317/s
# (docs/performance.md). The warm-up also stores tens of thousands of complaints, which the embedded
# store keeps in complaint-service's heap: the runs after it pay for that in collector pauses.
WARMUP=${WARMUP:-180}
LIGHT_CONNECTIONS=${LIGHT_CONNECTIONS:-4}
QUEUE_READS=${QUEUE_READS:-10}
GATEWAY=http://127.0.0.1:${GATEWAY_PORT:-8080}
SCRIPT=$ROOT/bench/lua/file-complaint.lua
command -v wrk >/dev/null || fail "wrk is needed (apt-get install wrk)"
command -v jq >/dev/null || fail "jq is needed (apt-get install jq)"

# Client addresses come from X-Forwarded-For, which the gateway trusts only when told to.
started_here=
if [[ $(http_status "$GATEWAY/api/calendar/2025") != 200 ]]; then
  FORWARD_HEADERS_STRATEGY=framework ./run.sh start
  started_here=1
fi
trap '[[ -n $started_here ]] && ./run.sh stop >/dev/null' EXIT

# Complaints stored, from the public statistics. Those are added up in one pass shared for up to
# complaint.stats.max-age (30 s), so wait for a pass that began after the given second (epoch).
received_after() {
  local since=$1 body as_of
  for _ in $(seq 60); do
    body=$(curl -sf "$GATEWAY/api/stats/complaints") || return 1
    as_of=$(date -d "$(jq -r '.asOf' <<<"$body")" +%s) || return 1
    if (( as_of > since )); then jq -e '.overall.received' <<<"$body"; return; fi
    sleep 1
  done
  return 1
}

# wrk's figures plus the script's status counts: rps p50 p99 created refused failed
wrk_run() {
  local connections=$1 seconds=$2 out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$SCRIPT" "$GATEWAY" -- "$(date +%s%N)")
  local refused
  refused=$(sed -n 's/.*refused=\([0-9]*\).*/\1/p' <<<"$out")
  [[ ${refused:-0} -eq 0 ]] || fail "the gateway refused $refused filings (429/503): start the platform with FORWARD_HEADERS_STRATEGY=framework"
  awk '/Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2}
       /^COUNTS/ {split($2,c,"="); split($3,r,"="); split($4,f,"="); created=c[2]; refused=r[2]; failed=f[2]}
       END {print rps, p50, p99, created, refused, failed}' <<<"$out"
}


say "warming up"
wrk_run 4 "$WARMUP" >/dev/null
before=$(received_after "$(date +%s)") || fail "could not read /api/stats/complaints"
say "peak: $CONNECTIONS connections, ${DURATION}s"
read -r peak_rps peak_p50 peak_p99 peak_created _ peak_failed < <(wrk_run "$CONNECTIONS" "$DURATION")
say "moderate: $LIGHT_CONNECTIONS connections, ${DURATION}s"
read -r light_rps light_p50 light_p99 light_created _ light_failed < <(wrk_run "$LIGHT_CONNECTIONS" "$DURATION")
after=$(received_after "$(date +%s)") || fail "could not read /api/stats/complaints"
stored=$((after - before))
answered=$((peak_created + light_created))
# wrk stops at its deadline with up to one request per connection still in flight: those may be
# stored without wrk counting their 201. Lost = answered 201 but not stored.
lost=$((answered > stored ? answered - stored : 0))
unanswered=$((stored > answered ? stored - answered : 0))

# p50 and max of QUEUE_READS reads of the clerk's queue with query $1, in ms; fails on any other answer than 200.
queue_reads() {
  for _ in $(seq "$QUEUE_READS"); do
    curl -s -o /dev/null -m 60 -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $clerk" "$GATEWAY/api/complaints?$1"
  done | sort -k2 -n | awk -v q="$1" '$1 != 200 {bad = $1} {t[NR] = $2 * 1000}
    END {if (bad) {print "queue?" q " answered " bad > "/dev/stderr"; exit 1}; printf "%.0f %.0f\n", t[int((NR + 1) / 2)], t[NR]}'
}
say "staff queue: $QUEUE_READS reads each"
clerk=$(demo_token clerk "$GATEWAY")
queue_rows=
for query in "size=20" "size=20&page=500" "status=RECEIVED&size=20"; do
  read -r q50 qmax < <(queue_reads "$query") || fail "the staff queue did not answer ($query)"
  queue_rows+="| \`GET /api/complaints?$query\` | $q50 | $qmax |"$'\n'
done

table=$(cat <<EOT
| load | filed (req/s) | p50 (ms) | p99 (ms) | 201 Created | other answers |
|---|---|---|---|---|---|
| peak, wrk -c$CONNECTIONS ${DURATION}s | $peak_rps | $(to_ms "$peak_p50" 1) | $(to_ms "$peak_p99" 1) | $peak_created | $peak_failed |
| moderate, wrk -c$LIGHT_CONNECTIONS ${DURATION}s | $light_rps | $(to_ms "$light_p50" 1) | $(to_ms "$light_p99" 1) | $light_created | $light_failed |

Stored afterwards (public statistics, \`received\` before → after): $before → $after = $stored new; answered 201: $answered;
stored but cut off by wrk's deadline before its answer was read: $unanswered (at most $((CONNECTIONS + LIGHT_CONNECTIONS)), one per connection); **lost: $lost**.

Staff queue afterwards, a clerk at the intake department, $after complaints stored and open, $QUEUE_READS reads each:

| read | p50 (ms) | max (ms) |
|---|---|---|
${queue_rows%$'\n'}
EOT
)
echo
echo "$table"
record_result complaints "Complaint intake through the gateway" \
  "DURATION=$DURATION CONNECTIONS=$CONNECTIONS LIGHT_CONNECTIONS=$LIGHT_CONNECTIONS" "$table"
[[ $lost -eq 0 ]] || fail "$lost complaints answered 201 are not in the store"
