#!/usr/bin/env bash
# search-service on its embedded Elasticsearch node, fed like in production through the change feed:
#   1. a stand-in for disclosure-service's public change feed (Python, loopback) serves the relevance corpus
#      (search-service/src/test/resources/relevance/corpus.json) plus POLICIES generated Chinese policies;
#   2. index time: from the consumer's first feed request until it asks for changes after the last sequence
#      (it moves its checkpoint only after the page is written), plus the engine's refresh;
#   3. queries/s and latency p50/p99 of GET /api/search for the relevance set's Chinese queries (words and document
#      numbers), wrk closed loop over CONNECTIONS connections (public endpoint, no token): through the platform's
#      gateway (the issue's figure), then straight to the service (what the gateway adds);
#   4. publish-to-searchable: SAMPLES new policies published one by one, each searched for by its document number
#      until found.
# Starts its own search-service and gateway on spare ports with fresh data directories and the JVM options run.sh
# gives them; the gateway finds the service through Spring Cloud's simple discovery instead of Eureka (nothing else
# of the platform is needed). Prints a Markdown table; RECORD=1 also writes bench/results/<date>-search.md.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
. scripts/lib.sh
use_jdk

POLICIES=${POLICIES:-10000}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-20}
# Seconds of queries before measuring: on two cores the JIT needs well over 10 s to settle.
WARMUP=${WARMUP:-30}
SAMPLES=${SAMPLES:-20}
SEARCH_PORT_UNDER_TEST=${BENCH_SEARCH_PORT:-18184}
FEED_PORT=${BENCH_FEED_PORT:-18185}
GATEWAY_PORT_UNDER_TEST=${BENCH_GATEWAY_PORT:-18186}
SEARCH=http://127.0.0.1:$SEARCH_PORT_UNDER_TEST
GATEWAY=http://127.0.0.1:$GATEWAY_PORT_UNDER_TEST
JAR=$(jar_of search-service)
GATEWAY_JAR=$(jar_of gateway)

command -v wrk >/dev/null || fail "wrk is needed (apt-get install wrk)"
for port in "$SEARCH_PORT_UNDER_TEST" "$FEED_PORT" "$GATEWAY_PORT_UNDER_TEST"; do
  port_in_use "$port" && fail "port $port is taken; set BENCH_SEARCH_PORT / BENCH_FEED_PORT / BENCH_GATEWAY_PORT"
done
# SKIP_BUILD=1 runs the jars as they are.
if [[ -z ${SKIP_BUILD:-} ]] && { jar_is_stale search-service || jar_is_stale gateway; }; then
  say "building search-service and the gateway (tests skipped)"
  flock /tmp/sunshine-mvn.lock mvn -o -B -q -DskipTests -pl search-service,gateway -am package
fi

work=$(mktemp -d /tmp/search-bench.XXXXXX)
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -n ${KEEP:-} ]] || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' INT TERM

cat >"$work/feed.py" <<'PY'
"""disclosure-service's change feed from memory: the relevance corpus plus generated policies, and POST /publish."""
import json, os, random, sys, threading, time
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs

port, count, corpus_file, state_file = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rng = random.Random(42)
topics = ["小型微利企业", "增值税小规模纳税人", "个人所得税", "企业所得税", "研发费用加计扣除", "留抵退税", "房产税",
          "城镇土地使用税", "印花税", "契税", "车辆购置税", "环境保护税", "资源税", "出口退税", "社会保险费", "残疾人就业保障金",
          "数电发票", "纳税信用", "跨境电商", "高新技术企业", "个体工商户", "重点群体创业就业", "农产品进项税额", "非税收入"]
actions = ["减免", "优惠政策", "征收管理", "申报期限", "汇算清缴", "延续实施", "执行口径", "风险提示", "办理指引", "核定征收"]
issuers = [("国家税务总局湖南省税务局", "湘税发"), ("财政部 税务总局", "财税"), ("国家税务总局", "税总发"),
           ("湖南省财政厅", "湘财税"), ("国家税务总局长沙市税务局", "长税发")]
categories = ["优惠政策", "征收管理", "纳税服务", "法规文件", "政策解读"]
sentences = ["为进一步支持{t}发展，现就有关{a}公告如下。", "{t}适用本公告规定的{a}，按规定办理。",
             "纳税人应当在规定期限内向主管税务机关申报{t}相关事项。", "本公告自发布之日起施行，此前已处理的不再调整。",
             "各级税务机关要优化纳税服务，确保{t}{a}落实到位。", "符合条件的纳税人可通过电子税务局办理，无需额外报送资料。"]

def policy(seq, doc_id, title, doc_number, issuer, category, date, validity, body):
    return {"sequence": seq, "id": doc_id, "version": 1, "status": "PUBLISHED",
            "document": {"id": doc_id, "docNumber": doc_number, "title": title, "issuer": issuer, "category": category,
                         "issuedOn": date, "effectiveOn": date, "repealedOn": None, "validity": validity, "body": body,
                         "version": 1, "publishedAt": date + "T10:00:00+08:00"}}

items = []
for entry in json.load(open(corpus_file, encoding="utf-8")):
    if entry["type"] == "policy":
        items.append(policy(len(items) + 1, entry["id"], entry["title"], entry["docNumber"], entry["issuer"],
                            entry["category"], entry["date"], entry["validity"], entry["body"]))
for n in range(count):
    t, a = rng.choice(topics), rng.choice(actions)
    issuer, short = rng.choice(issuers)
    year = rng.randint(2010, 2025)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    body = "".join(rng.choice(sentences).format(t=t, a=a) for _ in range(rng.randint(3, 8)))
    items.append(policy(len(items) + 1, f"g-{n}", f"关于{t}{a}有关问题的公告", f"{short}〔{year}〕{n}号", issuer,
                        rng.choice(categories), date, "REPEALED" if rng.random() < 0.1 else "VALID", body))
lock = threading.Lock()
state = {"first": None, "caught_up": None, "last": len(items)}

def save():
    # Written aside and renamed, so the script never reads a half-written file.
    with open(state_file + ".tmp", "w") as f:
        json.dump(state, f)
    os.replace(state_file + ".tmp", state_file)

class Feed(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def reply(self, body):
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urlparse(self.path)
        q = parse_qs(url.query)
        after, limit = int(q.get("after", ["0"])[0]), int(q.get("limit", ["100"])[0])
        if url.path == "/api/powers/changes":
            return self.reply({"items": [], "next": after})
        with lock:
            now = time.time()
            if state["first"] is None:
                state["first"] = now
            if state["caught_up"] is None and after >= state["last"]:
                state["caught_up"] = now
            save()
            page = items[after:after + limit]
        self.reply({"items": page, "next": page[-1]["sequence"] if page else after})

    def do_POST(self):  # /publish?id=&docNumber=
        q = parse_qs(urlparse(self.path).query)
        with lock:
            seq = len(items) + 1
            items.append(policy(seq, q["id"][0], "关于船舶吨税申报有关事项的公告", q["docNumber"][0],
                                "国家税务总局湖南省税务局", "征收管理", "2025-06-01", "VALID",
                                "船舶吨税按规定申报缴纳。"))
            state["last"] = seq
        self.reply({"sequence": seq})

save()
ThreadingHTTPServer(("127.0.0.1", port), Feed).serve_forever()
PY

say "feed stand-in on :$FEED_PORT with the relevance corpus + $POLICIES generated policies"
python3 "$work/feed.py" "$FEED_PORT" "$POLICIES" search-service/src/test/resources/relevance/corpus.json \
  "$work/feed-state.json" >"$work/feed.log" 2>&1 &
pids+=($!)
until port_in_use "$FEED_PORT"; do sleep 0.2; done

say "starting search-service (:$SEARCH_PORT_UNDER_TEST) in $work"
(
  cd "$work"
  # shellcheck disable=SC2046
  DATA_DIR="$work/data" SEARCH_PORT="$SEARCH_PORT_UNDER_TEST" exec "$JAVA_HOME/bin/java" $(jvm_opts_of search-service) \
    -jar "$JAR" \
    --eureka.client.enabled=false --spring.cloud.discovery.enabled=false \
    --sunshine.search.feed.load-balanced=false --sunshine.search.feed.base-url="http://127.0.0.1:$FEED_PORT"
) >"$work/search-service.log" 2>&1 </dev/null &
pids+=($!)
search_pid=$!
wait_until_ok search-service "$SEARCH/actuator/health/readiness" 300 "$work/search-service.log"

field() { python3 -c "import json; print(json.load(open('$work/feed-state.json'))['$1'])"; }
say "waiting for the catch-up"
deadline=$((SECONDS + 600))
until [[ $(field caught_up) != None ]]; do
  ((SECONDS < deadline)) || fail "the consumer did not catch up within 10 minutes"
  sleep 0.5
done
total_docs=$(field last)
index_seconds=$(python3 -c "import json; s = json.load(open('$work/feed-state.json')); print(f\"{s['caught_up'] - s['first']:.1f}\")")
# The last page is written; it is searchable after the next refresh (1 s).
until [[ $(curl -s "$SEARCH/api/search?type=policy&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])') == "$total_docs" ]]; do
  sleep 0.2
done
docs_per_second=$(awk -v n="$total_docs" -v s="$index_seconds" 'BEGIN { printf "%.0f", n / s }')

# Started once the index is built, so its start-up does not compete with the catch-up for the two cores.
say "starting the gateway (:$GATEWAY_PORT_UNDER_TEST) in front of it"
(
  cd "$work"
  # Edge read limit lifted: the bench is one client asking far more than a citizen would.
  # shellcheck disable=SC2046
  DATA_DIR="$work/gateway-data" GATEWAY_PORT="$GATEWAY_PORT_UNDER_TEST" EDGE_READ_LIMIT_PER_MINUTE=1000000000 \
    exec "$JAVA_HOME/bin/java" $(jvm_opts_of gateway) -jar "$GATEWAY_JAR" \
    --eureka.client.enabled=false \
    "--spring.cloud.discovery.client.simple.instances.search-service[0].uri=$SEARCH"
) >"$work/gateway.log" 2>&1 </dev/null &
pids+=($!)
gateway_pid=$!
wait_until_ok "the gateway" "$GATEWAY/api/search?q=x&size=1" 120 "$work/gateway.log"

# The relevance set's queries, URL-encoded, cycled by every connection.
python3 - search-service/src/test/resources/relevance/judgments.json >"$work/queries.lua" <<'PY'
import json, sys, urllib.parse
queries = [j["q"] for j in json.load(open(sys.argv[1], encoding="utf-8"))]
paths = ", ".join('"/api/search?q=' + urllib.parse.quote(q) + '"' for q in queries)
print("local paths = {" + paths + "}")
print("""
local i = 0
function init(args) i = math.random(#paths) end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d/%d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, e.status,
    e.connect + e.read + e.write + e.timeout))
end""")
PY
query_count=$(grep -o '"/api/search' "$work/queries.lua" | wc -l)
first_query=$(grep -o '"/api/search[^"]*"' "$work/queries.lua" | head -1 | tr -d '"')
for base in "$GATEWAY" "$SEARCH"; do
  status=$(curl -s -o "$work/first-query.json" -w '%{http_code}' "$base$first_query")
  [[ $status == 200 ]] || fail "GET $base$first_query answered $status: $(head -c 300 "$work/first-query.json")"
done
# A query costs the service ~25 ms of CPU, so the warm-up below sends the gateway too few requests for its JIT
# compiler to settle: a fresh gateway took 2.0-2.9 ms of CPU per proxied search request, ~1 ms after some 30,000
# requests, its compiler threads counting as CPU per query meanwhile. Title suggestions cost the service a fifth of
# a query and take the same path through the gateway.
say "warming up the gateway on title suggestions (${GATEWAY_WARMUP:=60} s, not counted)"
wrk -t2 -c8 -d"${GATEWAY_WARMUP}s" "$GATEWAY/api/search/suggest?q=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("增值"))')" >/dev/null
say "warming up through the gateway (${WARMUP} s, not counted)"
wrk -t2 -c4 -d"${WARMUP}s" -s "$work/queries.lua" "$GATEWAY" >/dev/null
# CPU time (user + system, clock ticks) a process has used so far.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
# Prints wrk's RESULT fields, then the CPU milliseconds per query of search-service and of the gateway.
query() {
  local search0 gateway0 result
  search0=$(ticks "$search_pid") gateway0=$(ticks "$gateway_pid")
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$work/queries.lua" "$1" | grep '^RESULT')
  awk -v r="$result" -v s="$(($(ticks "$search_pid") - search0))" -v g="$(($(ticks "$gateway_pid") - gateway0))" \
    -v hz="$(getconf CLK_TCK)" 'BEGIN { split(r, f, " "); printf "%s %.1f %.2f\n", r, s * 1000 / hz / f[5], g * 1000 / hz / f[5] }'
}
say "querying through the gateway for ${DURATION}s over $CONNECTIONS connections ($query_count queries)"
read -r _ qps p50 p99 requests errors search_cpu gateway_cpu < <(query "$GATEWAY")
say "the same straight to the service"
read -r _ direct_qps direct_p50 direct_p99 direct_requests direct_errors direct_search_cpu _ < <(query "$SEARCH")

say "publish-to-searchable, $SAMPLES samples"
for i in $(seq 1 "$SAMPLES"); do
  number="湘税发〔2099〕${i}号"
  encoded=$(python3 -c "import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))" "$number")
  start=$(date +%s.%N)
  curl -sf -X POST "http://127.0.0.1:$FEED_PORT/publish?id=pub-$i&docNumber=$encoded" >/dev/null
  until curl -s "$GATEWAY/api/search?q=$encoded&size=1" | grep -q "\"pub-$i\""; do sleep 0.02; done
  awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f\n", (e - s) * 1000 }'
done >"$work/visible.txt"
read -r vis_p50 vis_p99 vis_max < <(sort -n "$work/visible.txt" | awk '{ v[NR] = $1 } END {
  p50 = v[int(NR * 0.5) + (NR * 0.5 > int(NR * 0.5))]; p99 = v[int(NR * 0.99) + (NR * 0.99 > int(NR * 0.99))]
  print p50, p99, v[NR] }')

table=$(cat <<EOT
| measure | value |
|---|---|
| policies indexed through the feed (corpus + generated) | $total_docs |
| index time, first feed request → caught up (s) / docs per second | $index_seconds / $docs_per_second |
| GET /api/search through the gateway, $query_count Chinese queries, wrk -c$CONNECTIONS ${DURATION}s: queries/s | $qps |
| latency p50 / p99 (ms) | $p50 / $p99 |
| requests / non-2xx / socket errors and timeouts (10 s) | $requests / $errors |
| CPU per query through the gateway (ms): search-service / gateway | $search_cpu / $gateway_cpu |
| the same straight to the service: queries/s, p50 / p99 (ms) | $direct_qps, $direct_p50 / $direct_p99 |
| requests / non-2xx / socket errors and timeouts, straight | $direct_requests / $direct_errors |
| CPU per query straight to the service (ms): search-service | $direct_search_cpu |
| publish → searchable by doc number, $SAMPLES samples: p50 / p99 / max (ms) | $vis_p50 / $vis_p99 / $vis_max |
| machine load average (1 min) at the end | $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores |
EOT
)
echo
echo "$table"
record_result search "search-service on the embedded node, behind the gateway" \
  "POLICIES=$POLICIES DURATION=$DURATION CONNECTIONS=$CONNECTIONS SAMPLES=$SAMPLES" "$table"
