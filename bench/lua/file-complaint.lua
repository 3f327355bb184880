-- wrk script for bench/complaints.sh: every request files a new anonymous complaint through the
-- gateway with its own Idempotency-Key, from its own client address (X-Forwarded-For, honoured
-- because the bench starts the gateway with FORWARD_HEADERS_STRATEGY=framework), and counts the
-- answers by status so the script can compare "201 Created" with what the store holds afterwards.
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  run = args[1] or tostring(os.time())
  -- Where this run's client addresses start in 10.0.0.0/8: a run reuses no address of the runs before it
  -- (the per-address filing limit is 10 per 10 minutes, and a bench makes three wrk runs).
  base = (tonumber(string.sub(run, -8)) or 0) % 16777216
  sent, created, refused, failed = 0, 0, 0, 0
  body = '{"type":"SERVICE","subject":"办税服务厅排队时间过长",' ..
    '"content":"上午九点到办税服务厅办理发票业务，等候两个多小时无人解释原因，希望改进叫号安排。",' ..
    '"department":"NSFWK","anonymous":true}'
end

function request()
  sent = sent + 1
  local n = (base + id * 4194304 + sent) % 16777216
  local headers = {
    ["Content-Type"] = "application/json",
    ["Accept-Language"] = "zh-CN",
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, id, sent),
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256),
  }
  return wrk.format("POST", "/api/complaints", headers, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status == 429 or status == 503 then
    refused = refused + 1
  else
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local c, r, f = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    r = r + t:get("refused")
    f = f + t:get("failed")
  end
  io.write(string.format("COUNTS created=%d refused=%d failed=%d\n", c, r, f))
end
