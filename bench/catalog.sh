#!/usr/bin/env bash
# Catalog listing over HTTP: Boutique.Graph (Release, against a seeded PostgreSQL) next to its physical
# limit, bench/Boutique.CatalogBaseline (a minimal API running the same SQL and writing the same JSON).
#
#   bench/catalog.sh [--rounds 3] [--duration 10s] [--warmup steady|12s] [--connections 16] [--out DIR]
#                    [--api-port 5470] [--baseline-port 5471]
#
# Warm-up (--warmup): "steady" (the default) loads each server in 5 s windows until its JIT has
# finished: two windows in a row that compiled fewer than 50 methods (the probe reports
# JitInfo.GetCompiledMethodCount; at most 240 s), then measures; the table shows how long each took. A
# duration (12s, 60s, ...) warms for exactly that long instead. On one busy core both servers need 75-130 s
# to finish tiered JIT and dynamic PGO, and while they compile their CPU per request is 2-4x the steady
# one: a fixed short warm-up measures the JIT, not the servers.
#
# Database (one of, checked in this order):
#   BOUTIQUE_DB="Host=...;Port=...;Database=...;Username=..."   used as is (migrated, seeded when empty)
#   BOUTIQUE_BENCH_PG="Host=...;Port=...;Username=...;Database=postgres"   a server; the script uses
#                    its database "boutique_bench" (created, migrated and seeded when missing or empty)
#
# The document is bench/Boutique.CatalogBaseline/listing.graphql, POSTed as JSON (the API's document
# cache is warm after the warm-up). Each server runs alone, pinned with the PostgreSQL cluster to core 0
# (when the cluster's postmaster is a local process this script may re-pin; its affinity is restored
# on exit); wrk -t1 runs on core 1. Before measuring, both answers are compared: equal JSON (jq -S)
# and equal bytes, or the script stops with the diff. The servers alternate within every round (the
# order flips each round); the table shows every round, the medians and the ratio ours / baseline.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
source "$ROOT/bench/lib/probe.sh"
ROUNDS=3
DURATION=10s
WARMUP=steady # see the header: a fixed 12 s measured the JIT's work, not the servers' steady state
CONNECTIONS=16
API_PORT=5470
BASELINE_PORT=5471
OUT="$ROOT/bench/results/catalog-$(date +%Y%m%d-%H%M%S)"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --duration) DURATION="$2"; shift 2 ;;
        --warmup) WARMUP="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --api-port) API_PORT="$2"; shift 2 ;;
        --baseline-port) BASELINE_PORT="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
        *) echo "catalog.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done

die() { echo "catalog.sh: $1" >&2; exit 1; }

command -v dotnet >/dev/null || die "the .NET 10 SDK (dotnet) is needed."
for tool in jq psql curl; do command -v "$tool" >/dev/null || die "'$tool' is needed (apt-get install -y $tool)."; done
if ! command -v wrk >/dev/null; then
    echo "catalog.sh: installing wrk" >&2
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; } || die "wrk is needed (apt-get install -y wrk)."
fi

# --- database -------------------------------------------------------------------------------------
if [[ -n "${BOUTIQUE_DB:-}" ]]; then
    DB="$BOUTIQUE_DB"
elif [[ -n "${BOUTIQUE_BENCH_PG:-}" ]]; then
    DB="$(sed -E 's/(^|;)[[:space:]]*Database[[:space:]]*=[^;]*//I' <<<"$BOUTIQUE_BENCH_PG");Database=boutique_bench"
    DB="${DB#;}"
else
    die "set BOUTIQUE_DB (a database to use) or BOUTIQUE_BENCH_PG (a server: the script uses its database boutique_bench); see --help."
fi

# conn_value <key regex>: a value of the Npgsql connection string $DB (keys are case-insensitive).
conn_value() { tr ';' '\n' <<<"$DB" | sed -nE "s/^[[:space:]]*($1)[[:space:]]*=[[:space:]]*//Ip" | tail -n1; }
PGHOST_="$(conn_value 'Host|Server')"; PGPORT_="$(conn_value 'Port')"; PGUSER_="$(conn_value 'Username|User ?Id|User')"
PGDB_="$(conn_value 'Database')"; PGPASS_="$(conn_value 'Password')"
psql_db() { PGPASSWORD="$PGPASS_" psql -h "${PGHOST_:-127.0.0.1}" -p "${PGPORT_:-5432}" -U "${PGUSER_:-postgres}" -d "${PGDB_:-postgres}" -Atq -X "$@"; }

SERVER_PIN=() LOAD_PIN=()
if command -v taskset >/dev/null && [[ "$(nproc)" -ge 2 ]]; then SERVER_PIN=(taskset -c 0) LOAD_PIN=(taskset -c 1); fi

mkdir -p "$OUT"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/load.txt"

# --- build ----------------------------------------------------------------------------------------
for project in Boutique.Graph bench/Boutique.CatalogBaseline bench/BenchProbe; do
    nice -n 5 dotnet build -c Release "$ROOT/$project" -v q -nologo >"$OUT/build.log" 2>&1 \
        || { grep -E 'error' "$OUT/build.log" | head -20 >&2; die "building $project failed (see $OUT/build.log)."; }
done
API_DIR="$ROOT/Boutique.Graph"
API_DLL="$API_DIR/bin/Release/net10.0/Boutique.Graph.dll"
BASELINE_DLL="$ROOT/bench/Boutique.CatalogBaseline/bin/Release/net10.0/Boutique.CatalogBaseline.dll"
PROBE_DLL="$ROOT/bench/BenchProbe/bin/Release/net10.0/BenchProbe.dll" # the probe (StartupHook.cs), loaded into both servers

# migrate creates the database when missing; seed adds the demo catalog to an empty one only.
for verb in migrate seed; do
    (cd "$API_DIR" && BOUTIQUE_DB="$DB" timeout 300 dotnet "$API_DLL" "$verb" </dev/null >"$OUT/$verb.log" 2>&1) \
        || die "'Boutique.Graph $verb' failed against $PGHOST_:$PGPORT_/$PGDB_ (see $OUT/$verb.log)."
done

BODY="$(jq -Rsc '{query: .}' "$ROOT/bench/Boutique.CatalogBaseline/listing.graphql")"

# --- pinning PostgreSQL ---------------------------------------------------------------------------
# Backends are forked by the postmaster and inherit its affinity, so pinning the postmaster (and the
# processes it already has) before the servers open their pools puts every backend on core 0.
PG_PIDS=() PG_MASKS=() postmaster=
restore_pg_affinity() {
    local i
    for i in "${!PG_PIDS[@]}"; do taskset -p "${PG_MASKS[$i]}" "${PG_PIDS[$i]}" >/dev/null 2>&1 || true; done
}
PG_PLACEMENT="PostgreSQL not pinned (its postmaster is not a local process this script can re-pin)"
if ((${#SERVER_PIN[@]})); then
    data_dir="$(psql_db -c 'SHOW data_directory' 2>/dev/null || true)"
    postmaster="$(head -n1 "$data_dir/postmaster.pid" 2>/dev/null || true)"
    if [[ "$postmaster" =~ ^[0-9]+$ ]] && taskset -p "$postmaster" >/dev/null 2>&1; then
        for pid in "$postmaster" $(ps -o pid= --ppid "$postmaster"); do
            PG_PIDS+=("$pid"); PG_MASKS+=("$(taskset -p "$pid" | sed -E 's/.*: //')")
            taskset -p 0x1 "$pid" >/dev/null
        done
        PG_PLACEMENT="PostgreSQL (postmaster $postmaster and its backends) pinned to core 0 with the server"
    fi
fi
echo "placement: server on core 0, $PG_PLACEMENT, wrk -t1 -c$CONNECTIONS on core 1" | tee -a "$OUT/load.txt"

# --- servers --------------------------------------------------------------------------------------
SERVER_PID=
stop_server() {
    if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; fi
}
trap 'stop_server; restore_pg_affinity' EXIT

ID_FORMAT=relay
start_server() { # name
    local name="$1" port
    case "$name" in
        ours)
            port=$API_PORT
            (cd "$API_DIR" && exec env BOUTIQUE_DB="$DB" BOUTIQUE_MIGRATE_ON_START=false BOUTIQUE_SEED_ON_START=false \
                ASPNETCORE_ENVIRONMENT=Production DOTNET_STARTUP_HOOKS="$PROBE_DLL" BENCH_PROBE_FILE="$OUT/probe-ours.txt" "${SERVER_PIN[@]}" dotnet "$API_DLL" --urls "http://127.0.0.1:$port" \
                </dev/null >"$OUT/server-ours.log" 2>&1) &
            ;;
        baseline)
            port=$BASELINE_PORT
            BOUTIQUE_DB="$DB" BASELINE_ID_FORMAT="$ID_FORMAT" DOTNET_STARTUP_HOOKS="$PROBE_DLL" BENCH_PROBE_FILE="$OUT/probe-baseline.txt" \
                "${SERVER_PIN[@]}" dotnet "$BASELINE_DLL" --urls "http://127.0.0.1:$port" \
                </dev/null >"$OUT/server-baseline.log" 2>&1 &
            ;;
    esac
    SERVER_PID=$!
    for _ in $(seq 1 150); do
        if query "$port" >/dev/null 2>&1; then return 0; fi
        kill -0 "$SERVER_PID" 2>/dev/null || die "$name exited while starting (see $OUT/server-$name.log)."
        sleep 0.2
    done
    die "$name did not answer on port $port within 30 s (see $OUT/server-$name.log)."
}

query() { # port: the listing's response body; fails on a non-2xx answer
    curl -sf --max-time 10 -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json, application/json' \
        --data "$BODY" "http://127.0.0.1:$1/graphql"
}

port_of() { [[ "$1" == ours ]] && echo "$API_PORT" || echo "$BASELINE_PORT"; }

run_wrk() { # port duration
    GRAPHQL_BODY="$BODY" timeout 300 "${LOAD_PIN[@]}" wrk -t1 -c"$CONNECTIONS" -d"$2" --latency \
        -s "$ROOT/bench/http/post-check.lua" "http://127.0.0.1:$1/graphql" | grep '^RESULT'
}

# CPU time is what the two servers can be compared by on a loaded machine: wall-clock rates move with
# the neighbours, CPU per request much less. Clock ticks (utime + stime) from /proc.
TICK_US=$((1000000 / $(getconf CLK_TCK)))
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# probe <name>: the server's allocated bytes, GC counts and JIT-compiled methods (bench/lib/probe.sh),
# one line appended to $OUT/probe-<name>.txt.
probe() { probe_line "$OUT/probe-$1.txt" "$SERVER_PID" | grep . || echo "0 0 0 0 0 0"; }
pg_ticks() { # the postmaster's backends, living (utime + stime) and exited (its cutime + cstime)
    [[ -n "$postmaster" && ${#PG_PIDS[@]} -gt 0 ]] || { echo 0; return; }
    local total pid
    total="$(awk '{ print $16 + $17 }' "/proc/$postmaster/stat")"
    for pid in $(ps -o pid= --ppid "$postmaster"); do total=$((total + $(ticks "$pid"))); done
    echo "$total"
}

# warm_up <port> <name>: loads the running server until it is warm (bench/lib/probe.sh); prints how long.
warm_up() {
    if [[ "$WARMUP" != steady ]]; then run_wrk "$1" "$WARMUP" >/dev/null; echo "$WARMUP"; return; fi
    warm_until_jit_settled "$OUT/probe-$2.txt" "$SERVER_PID" run_wrk "$1"
}

# --- same answer, checked before anything is measured -----------------------------------------------
start_server ours
query "$API_PORT" >"$OUT/ours.json"
stop_server
jq -e '.data.products.nodes | length > 0' "$OUT/ours.json" >/dev/null || die "the API answered without products (see $OUT/ours.json)."
# The baseline writes the ID format the API writes (GraphQL.Relay base64 of Product:<uuid D>, or the
# API's older base64url of Product:<uuid N>), so the bytes can be compared in either case.
first_id="$(jq -r '.data.products.nodes[0].id' "$OUT/ours.json" | tr '_-' '/+')"
while (( ${#first_id} % 4 )); do first_id+="="; done
[[ "$(base64 -d <<<"$first_id" 2>/dev/null)" == Product:*-* ]] || ID_FORMAT=legacy
echo "product IDs: $ID_FORMAT format; page: $(jq -c '.data.products | {totalCount, nodes: (.nodes | length), hasNextPage: .pageInfo.hasNextPage}' "$OUT/ours.json")" | tee -a "$OUT/load.txt"

start_server baseline
query "$BASELINE_PORT" >"$OUT/baseline.json"
stop_server
if ! diff <(jq -S . "$OUT/ours.json") <(jq -S . "$OUT/baseline.json") >"$OUT/answer.diff"; then
    head -40 "$OUT/answer.diff" >&2
    die "the baseline's JSON differs from the API's (full diff: $OUT/answer.diff); fix the baseline before measuring."
fi
cmp -s "$OUT/ours.json" "$OUT/baseline.json" \
    || die "same JSON but different bytes (property order or number format): cmp $OUT/ours.json $OUT/baseline.json"
echo "answers: equal JSON and equal bytes ($(wc -c <"$OUT/ours.json") bytes)" | tee -a "$OUT/load.txt"

# --- rounds ---------------------------------------------------------------------------------------
: >"$OUT/results.txt"
for round in $(seq 1 "$ROUNDS"); do
    order=(ours baseline)
    (( round % 2 == 0 )) && order=(baseline ours)
    for name in "${order[@]}"; do
        start_server "$name"
        port="$(port_of "$name")"
        warmed="$(warm_up "$port" "$name")" # JIT tiers and PGO, document cache, connection pool
        read -r alloc_before gen0_before _ <<<"$(probe "$name")"
        server_before="$(ticks "$SERVER_PID")" pg_before="$(pg_ticks)"
        line="$(run_wrk "$port" "$DURATION")"
        server_cpu=$(( ($(ticks "$SERVER_PID") - server_before) * TICK_US )) pg_cpu=$(( ($(pg_ticks) - pg_before) * TICK_US ))
        read -r alloc_after gen0_after _ <<<"$(probe "$name")"
        requests="$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")"
        (( requests > 0 )) || requests=1
        line="$line server_us_per_req=$((server_cpu / requests)) pg_us_per_req=$((pg_cpu / requests))"
        line="$line alloc_kb_per_req=$(( (alloc_after - alloc_before) / 1024 / requests )) gen0=$((gen0_after - gen0_before)) warmup=$warmed"
        [[ "$(query "$port")" == '{"data":'* ]] || die "$name stopped answering with data after the run."
        stop_server
        echo "round $round $name $line" | tee -a "$OUT/results.txt"
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/load.txt"

# --- table ----------------------------------------------------------------------------------------
awk '
    function median(list, n,   sorted, i, j, t) {
        for (i = 1; i <= n; i++) sorted[i] = list[i]
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (sorted[j] < sorted[i]) { t = sorted[i]; sorted[i] = sorted[j]; sorted[j] = t }
        return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
    }
    {
        round = $2; name = $3
        for (i = 4; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "rps") rps = kv[2]; if (kv[1] == "p99_ms") p99 = kv[2]; if (kv[1] == "errors") err = kv[2]; if (kv[1] == "bad_bodies") bad = kv[2]; if (kv[1] == "server_us_per_req") scpu = kv[2]; if (kv[1] == "pg_us_per_req") pcpu = kv[2]; if (kv[1] == "alloc_kb_per_req") akb = kv[2]; if (kv[1] == "warmup") wu = kv[2] }
        r[round, name] = rps; p[round, name] = p99; e[round, name] = err + bad; sc[round, name] = scpu; pc[round, name] = pcpu; al[round, name] = akb; w[round, name] = wu
        if (round > rounds) rounds = round
    }
    END {
        print "| Round | Ours req/s | Ours p99 | Baseline req/s | Baseline p99 | Ratio req/s (ours / baseline) | CPU µs/req ours (server + PostgreSQL) | CPU µs/req baseline (server + PostgreSQL) | Allocated KB/req (ours, baseline) | Errors (ours, baseline) | Warm-up (ours, baseline) |"
        print "|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|------:|"
        for (k = 1; k <= rounds; k++) {
            ratio[k] = r[k, "ours"] / r[k, "baseline"]
            ro[k] = r[k, "ours"]; po[k] = p[k, "ours"]; rb[k] = r[k, "baseline"]; pb[k] = p[k, "baseline"]
            printf "| %d | %.0f | %.1f ms | %.0f | %.1f ms | %.2f | %d + %d | %d + %d | %d, %d | %d, %d | %s, %s |\n", k, ro[k], po[k], rb[k], pb[k], ratio[k], sc[k, "ours"], pc[k, "ours"], sc[k, "baseline"], pc[k, "baseline"], al[k, "ours"], al[k, "baseline"], e[k, "ours"], e[k, "baseline"], w[k, "ours"], w[k, "baseline"]
            ao[k] = al[k, "ours"]; ab[k] = al[k, "baseline"]
            so[k] = sc[k, "ours"]; sb[k] = sc[k, "baseline"]; qo[k] = pc[k, "ours"]; qb[k] = pc[k, "baseline"]
        }
        printf "| median | %.0f | %.1f ms | %.0f | %.1f ms | %.2f (aim ≥ 0.8) | %d + %d | %d + %d | %d, %d | | |\n", median(ro, rounds), median(po, rounds), median(rb, rounds), median(pb, rounds), median(ratio, rounds), median(so, rounds), median(qo, rounds), median(sb, rounds), median(qb, rounds), median(ao, rounds), median(ab, rounds)
    }' "$OUT/results.txt" | tee "$OUT/table.md"
