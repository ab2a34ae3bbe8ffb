-- wrk script: as post.lua (POST GRAPHQL_BODY as application/json), and every response body is checked
-- to start with {"data": — a GraphQL error answers 200 too, so status codes alone would count a
-- failing server as fast; errors are written before data (spec §7.1), so
-- any error fails the check. Costs wrk a Lua string per response (wrk runs on its own core).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
wrk.body = os.getenv("GRAPHQL_BODY")

bad = 0 -- global: done() reads each thread's count with thread:get
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function response(status, headers, body)
  if status ~= 200 or string.sub(body, 1, 8) ~= '{"data":' then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  local badBodies = 0
  for _, thread in ipairs(threads) do badBodies = badBodies + (thread:get("bad") or 0) end
  io.write(string.format("RESULT rps=%.1f p99_ms=%.3f requests=%d errors=%d bad_bodies=%d (connect %d, read %d, write %d, timeout %d, status %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, summary.requests, errors, badBodies,
    e.connect, e.read, e.write, e.timeout, e.status))
end
