#!/usr/bin/env bash
# GraphQL over HTTP: our server (bench/GraphQL.PeerServer, MapGraphQL) against Node peers serving the
# same schema and data (bench/node/http): graphql-http + graphql-jit, mercurius + jit, graphql-yoga.
#
#   bench/http.sh [--rounds 3] [--duration 10s] [--warmup steady|12s] [--connections 32] [--out DIR]
#
# Warm-up (--warmup, per server and document): "steady" (the default) loads a .NET server in 5 s windows
# until its JIT has finished: two windows in a row that compiled fewer than 50 methods (bench/BenchProbe
# reports JitInfo.GetCompiledMethodCount; at most 240 s). Node servers get a fixed 30 s (V8 has no such
# counter here and settles within seconds). A duration (12s, 60s, ...) warms every server that long.
#
# Each server runs alone, pinned to core 0; wrk is pinned to core 1. Servers alternate within every
# round (the order rotates per round); the table shows the median of the rounds. Loopback only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
source "$ROOT/bench/lib/probe.sh"
ROUNDS=3
DURATION=10s
# .NET reaches its steady state late on one busy core (tiered JIT and dynamic PGO compile in the background):
# after a 3 s warm-up our hello measured 24k requests/s, and 46k in the same process a minute later.
WARMUP=steady
NODE_WARMUP=30s
CONNECTIONS=32
OUT="$ROOT/bench/results/http-$(date +%Y%m%d-%H%M%S)"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
        *) echo "http.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

command -v dotnet >/dev/null || { echo "http.sh: the .NET SDK is needed" >&2; exit 1; }
command -v node >/dev/null || { echo "http.sh: Node.js is needed" >&2; exit 1; }
if ! command -v wrk >/dev/null; then
    echo "http.sh: installing wrk" >&2
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
SERVER_PIN=() LOAD_PIN=()
if command -v taskset >/dev/null && [[ "$(nproc)" -ge 2 ]]; then SERVER_PIN=(taskset -c 0) LOAD_PIN=(taskset -c 1); fi

mkdir -p "$OUT"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/load.txt"

[[ -d "$ROOT/bench/node/node_modules/mercurius" ]] || (cd "$ROOT/bench/node" && npm ci --no-audit --no-fund >/dev/null)
dotnet build -c Release "$ROOT/bench/GraphQL.PeerServer" -v q -nologo >/dev/null
dotnet build -c Release "$ROOT/bench/BenchProbe" -v q -nologo >/dev/null
PEER_DLL="$ROOT/bench/GraphQL.PeerServer/bin/Release/net10.0/GraphQL.PeerServer.dll"
PROBE_DLL="$ROOT/bench/BenchProbe/bin/Release/net10.0/BenchProbe.dll"

# name|port|path|command. kestrel-baseline is our server's /baseline: a constant answer to `{ hello }` with
# no parsing or execution, the ceiling of ASP.NET Core itself on this core (measured for hello only). The
# "-default-host" rows run the same server with ASP.NET Core's default host settings instead of the
# one-core profile (bench/GraphQL.PeerServer/Program.cs): thread-pool scheduling and server GC.
SERVERS=(
    "ours|5090|graphql|dotnet $PEER_DLL --urls http://127.0.0.1:5090"
    "kestrel-baseline|5090|baseline|dotnet $PEER_DLL --urls http://127.0.0.1:5090"
    "ours-default-host|5090|graphql|env PEER_HOST=default DOTNET_gcServer=1 dotnet $PEER_DLL --urls http://127.0.0.1:5090"
    "kestrel-baseline-default-host|5090|baseline|env PEER_HOST=default DOTNET_gcServer=1 dotnet $PEER_DLL --urls http://127.0.0.1:5090"
    "graphql-http+jit|5091|graphql|node $ROOT/bench/node/http/graphql-http-jit.mjs --port 5091"
    "mercurius+jit|5092|graphql|node $ROOT/bench/node/http/mercurius-jit.mjs --port 5092"
    "yoga|5093|graphql|node $ROOT/bench/node/http/yoga.mjs --port 5093"
)
DOCS=("hello|{ hello }" "users|{ users(first: 10) { id name friends { id name } } }")

SERVER_PID=
stop_server() {
    if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; fi
}
trap stop_server EXIT

PROBE_FILE=
start_server() { # name port command...
    local name="$1" port="$2"; shift 2
    PROBE_FILE="$OUT/probe-$name.txt"
    # The probe (a .NET startup hook) answers SIGWINCH with a line ending in the JIT's compiled-method
    # count; Node ignores both the variables and the signal.
    "${SERVER_PIN[@]}" env DOTNET_STARTUP_HOOKS="$PROBE_DLL" BENCH_PROBE_FILE="$PROBE_FILE" "$@" >"$OUT/server-$port.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 100); do
        if curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ hello }"}' "http://127.0.0.1:$port/graphql"; then return 0; fi
        sleep 0.2
    done
    echo "http.sh: server on port $port did not start (see $OUT/server-$port.log)" >&2; exit 1
}

run_wrk() { # port path body duration
    GRAPHQL_BODY="$3" timeout 120 "${LOAD_PIN[@]}" wrk -t1 -c"$CONNECTIONS" -d"$4" --latency -s "$ROOT/bench/http/post.lua" "http://127.0.0.1:$1/$2" | grep '^RESULT'
}

warm_up() { # port path body: prints how long it warmed ("85s", "240s-unsettled", "30s")
    if [[ "$WARMUP" != steady ]]; then run_wrk "$@" "$WARMUP" >/dev/null; echo "$WARMUP"; return; fi
    # A Node server answers no probe (a second is enough to tell): it gets the fixed warm-up.
    if [[ -z "$(probe_line "$PROBE_FILE" "$SERVER_PID" 10)" ]]; then run_wrk "$@" "$NODE_WARMUP" >/dev/null; echo "$NODE_WARMUP"; return; fi
    warm_until_jit_settled "$PROBE_FILE" "$SERVER_PID" run_wrk "$@"
}

for round in $(seq 1 "$ROUNDS"); do
    n=${#SERVERS[@]}
    for i in $(seq 0 $((n - 1))); do
        IFS='|' read -r name port path cmd <<<"${SERVERS[$(((i + round - 1) % n))]}"
        # shellcheck disable=SC2086
        start_server "$name" "$port" $cmd
        for doc in "${DOCS[@]}"; do
            IFS='|' read -r docname query <<<"$doc"
            [[ "$path" == baseline && "$docname" != hello ]] && continue
            body="{\"query\":\"$query\"}"
            [[ "$(curl -s -H 'Content-Type: application/json' -d "$body" "http://127.0.0.1:$port/$path")" == *'"data"'* ]] || { echo "http.sh: $name answered $docname without data" >&2; exit 1; }
            warmed="$(warm_up "$port" "$path" "$body")" # JIT tiers and PGO, graphql-jit compilation
            line="$(run_wrk "$port" "$path" "$body" "$DURATION") warmup=$warmed"
            echo "round $round $name $docname $line" | tee -a "$OUT/results.txt"
        done
        stop_server
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/load.txt"

node "$ROOT/bench/node/http/table.mjs" "$OUT/results.txt" | tee "$OUT/table.md"
