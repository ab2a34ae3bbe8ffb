# Sourced by bench/catalog.sh and bench/http.sh: talking to bench/BenchProbe, the startup hook they load
# into every .NET server (DOTNET_STARTUP_HOOKS), which appends "allocated-bytes gen0 gen1 gen2
# gc-pause-ms jit-compiled-methods" to $BENCH_PROBE_FILE on SIGWINCH.

# probe_line <file> <pid> [tenths]: asks the server for a line and prints it once appended; prints
# nothing when none came within [tenths] tenths of a second (default 50): a server without the hook.
probe_line() {
    local file="$1" pid="$2" tries="${3:-50}" lines
    lines="$( [[ -f "$file" ]] && wc -l <"$file" || echo 0)"
    kill -WINCH "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 "$tries"); do
        if [[ -f "$file" && "$(wc -l <"$file")" -gt "$lines" ]]; then tail -n1 "$file"; return 0; fi
        sleep 0.1
    done
}

# warm_until_jit_settled <file> <pid> <load command...>: runs "<load command> 5s" until two windows in a
# row compiled fewer than 50 methods, at most 240 s (a server still compiling, tiered JIT and dynamic
# PGO, is not at its steady state); prints how long that took ("85s", or "240s-unsettled" at the cap).
warm_until_jit_settled() {
    local file="$1" pid="$2" elapsed=0 quiet=0 before after
    shift 2
    before="$(probe_line "$file" "$pid" | awk '{ print $6 }')"
    while (( elapsed < 240 )); do
        "$@" 5s >/dev/null
        elapsed=$((elapsed + 5))
        after="$(probe_line "$file" "$pid" | awk '{ print $6 }')"
        if (( ${after:-0} - ${before:-0} < 50 )); then quiet=$((quiet + 1)); else quiet=0; fi
        before="${after:-$before}"
        if (( quiet >= 2 )); then echo "${elapsed}s"; return; fi
    done
    echo "${elapsed}s-unsettled"
}
