-- wrk script: POST one GraphQL document as application/json. The body comes from the environment
-- (GRAPHQL_BODY) so one script serves every document; done() prints a machine-readable line.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"
wrk.body = os.getenv("GRAPHQL_BODY")

function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p99_ms=%.3f requests=%d errors=%d (connect %d, read %d, write %d, timeout %d, status %d)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, summary.requests, errors,
    e.connect, e.read, e.write, e.timeout, e.status))
end
