#!/usr/bin/env bash
# Our GraphQL engine (bench/GraphQL.Benchmarks, BenchmarkDotNet) side by side with graphql-js and
# graphql-jit (bench/node) over the same schemas, documents and data; see docs/performance.md.
#
#   bench/engine.sh [--rounds 3] [--job short|medium|dry] [--cpu 1] [--out DIR]
#
# Each round runs both suites back to back, pinned to one core (taskset), alternating which goes
# first; the table is the median of the rounds. Results: DIR/roundN/{dotnet,node.json}, DIR/summary.json.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
ROUNDS=3
JOB=short
CPU=1
OUT="$ROOT/bench/results/engine-$(date +%Y%m%d-%H%M%S)"

while [[ $# -gt 0 ]]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --job) JOB="$2"; shift 2 ;;
        --cpu) CPU="$2"; shift 2 ;;
        --out) OUT="$2"; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "engine.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

command -v dotnet >/dev/null || { echo "engine.sh: the .NET SDK is needed" >&2; exit 1; }
command -v node >/dev/null || { echo "engine.sh: Node.js is needed" >&2; exit 1; }
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c "$CPU"); else echo "engine.sh: taskset not found, runs are not pinned" >&2; fi

# Node's timing loop sizes a batch to this many ms; BenchmarkDotNet's iterations take about 500 ms.
case "$JOB" in
    dry) NODE_ARGS=(--time-ms 20 --batches 3) ;;
    short) NODE_ARGS=(--time-ms 300 --batches 10) ;;
    *) NODE_ARGS=(--time-ms 500 --batches 15) ;;
esac

echo "==> building bench/GraphQL.Benchmarks (Release)"
dotnet build -c Release --nologo -v quiet "$ROOT/bench/GraphQL.Benchmarks" >/dev/null
DLL="$ROOT/bench/GraphQL.Benchmarks/bin/Release/net10.0/GraphQL.Benchmarks.dll"

if [[ ! -d "$ROOT/bench/node/node_modules" ]]; then
    echo "==> npm ci (bench/node)"
    (cd "$ROOT/bench/node" && npm ci --no-audit --no-fund --loglevel=error)
fi

run_ours() { # run_ours <round folder>
    echo "==> round $r: ours (BenchmarkDotNet, job $JOB)"
    # In-process: no per-benchmark project build, and the same pinned process for every case.
    "${PIN[@]}" dotnet "$DLL" --filter '*EngineBenchmarks*' --job "$JOB" --inProcess \
        --exporters json --artifacts "$1/dotnet" >"$1/dotnet.log" 2>&1 \
        || { tail -30 "$1/dotnet.log" >&2; exit 1; }
}

run_theirs() { # run_theirs <round folder>
    echo "==> round $r: graphql-js / graphql-jit (node)"
    # NODE_ENV=production as servers run it (graphql-js skips its development-only checks).
    NODE_ENV=production "${PIN[@]}" node "$ROOT/bench/node/engine.mjs" "${NODE_ARGS[@]}" >"$1/node.json" 2>"$1/node.log" \
        || { tail -30 "$1/node.log" >&2; exit 1; }
}

mkdir -p "$OUT"
for ((r = 1; r <= ROUNDS; r++)); do
    dir="$OUT/round$r"
    mkdir -p "$dir"
    if ((r % 2)); then run_ours "$dir"; run_theirs "$dir"; else run_theirs "$dir"; run_ours "$dir"; fi
done

{
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "dotnet $(dotnet --version), node $(node --version), job $JOB, $ROUNDS round(s), pinned: ${PIN[*]:-no}"
    echo
    node "$ROOT/bench/node/report.mjs" "$OUT"
} | tee "$OUT/table.md"
