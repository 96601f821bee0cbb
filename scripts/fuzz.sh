#!/usr/bin/env bash
# Builds the fuzz targets (libFuzzer, ASan, UBSan; clang) in build-fuzz/ and runs each in turn for
# SECONDS (default 60) over a working copy of its corpus. See tests/fuzz/README.md.
#
#   scripts/fuzz.sh [--merge] [--target NAME] [SECONDS]
#
# New inputs go to build-fuzz/corpus-work/NAME/, never to the committed corpus unless --merge is
# given: then the inputs that reach new code are merged into tests/fuzz/corpus/NAME/. A crash, a leak,
# a timeout or an out-of-memory leaves its input in build-fuzz/crashes/NAME/ and the script exits 1.
set -euo pipefail
PROJECTDESK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$PROJECTDESK_ROOT/scripts/deps.sh"

targets=(csv_reader iati_reader open_portfolio)
seconds=60
merge=0
while [ $# -gt 0 ]; do
    case "$1" in
        --merge) merge=1 ;;
        --target) shift; targets=("${1:?--target wants a name: csv_reader, iati_reader or open_portfolio}") ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) seconds="$1" ;;
    esac
    shift
done
case "$seconds" in ''|*[!0-9]*) echo "SECONDS must be a whole number, not \"$seconds\"" >&2; exit 2 ;; esac

projectdesk_install_deps
projectdesk_install_deps "${PROJECTDESK_FUZZ_PACKAGES[@]}"

build="$PROJECTDESK_ROOT/build-fuzz"
fuzz_dir="$PROJECTDESK_ROOT/tests/fuzz"
CC=clang CXX=clang++ cmake -S "$PROJECTDESK_ROOT" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPROJECTDESK_FUZZ=ON >/dev/null
cmake --build "$build" -j2 --target "${targets[@]/#/fuzz_}"

# Halt on the first error of either sanitizer, with a symbolised stack. Leaks are checked: Qt's
# global caches stay reachable, so LeakSanitizer reports only what an input really lost.
export ASAN_OPTIONS="halt_on_error=1:detect_leaks=1:symbolize=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
if [ -f "$fuzz_dir/lsan.supp" ]; then
    export LSAN_OPTIONS="suppressions=$fuzz_dir/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
fi
if command -v llvm-symbolizer >/dev/null 2>&1; then
    export ASAN_SYMBOLIZER_PATH="$(command -v llvm-symbolizer)"
fi

declare -A dictionary=([csv_reader]=csv.dict [iati_reader]=xml.dict [open_portfolio]=sqlite.dict)
failed=0
summary=()
for target in "${targets[@]}"; do
    work="$build/corpus-work/$target"
    crashes="$build/crashes/$target"
    log="$build/logs/$target.log"
    mkdir -p "$work" "$crashes" "$(dirname "$log")"
    cp -n "$fuzz_dir/corpus/$target"/* "$work"/ 2>/dev/null || true
    # The targets write every input to a temporary file: in memory (tmpfs) when there is one, so
    # that a busy disk does not stall a run into a false timeout.
    tmp_root="$build/tmp"
    if [ -d /dev/shm ] && [ -w /dev/shm ]; then
        tmp_root="/dev/shm/projectdesk-fuzz-$(id -u)"
    fi
    export TMPDIR="$tmp_root/$target"
    rm -rf "$TMPDIR" && mkdir -p "$TMPDIR"
    before=$(find "$crashes" -type f | wc -l)
    args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=25 -print_final_stats=1 -artifact_prefix="$crashes/")
    if [ -n "${dictionary[$target]:-}" ] && [ -f "$fuzz_dir/${dictionary[$target]}" ]; then
        args+=(-dict="$fuzz_dir/${dictionary[$target]}")
    fi
    echo "== $target: ${seconds}s, log in $log"
    status=0
    "$build/tests/fuzz/fuzz_$target" "${args[@]}" "$work" >"$log" 2>&1 || status=$?
    found=$(( $(find "$crashes" -type f | wc -l) - before ))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    line="$target: ${runs:-?} runs, ${speed:-?} exec/s, ${cov:-cov ?}, $found crash(es)"
    if [ "$status" -ne 0 ] || [ "$found" -ne 0 ]; then
        failed=1
        line+=" (exit $status; see $log and $crashes/)"
    fi
    summary+=("$line")
    if [ "$merge" -eq 1 ]; then
        # Edges only (-use_counters=0): inputs that merely hit an edge more often stay out.
        "$build/tests/fuzz/fuzz_$target" -merge=1 -use_counters=0 -rss_limit_mb=2048 -timeout=25 "$fuzz_dir/corpus/$target" "$work" >>"$log" 2>&1 \
            || { failed=1; summary+=("$target: the merge into tests/fuzz/corpus/$target failed (see $log)"); }
    fi
    if [ "$status" -eq 0 ]; then
        rm -rf "$TMPDIR" # kept after a crash: the input's leftovers may tell something
    fi
done
rmdir "$tmp_root" 2>/dev/null || true

echo
printf '%s\n' "${summary[@]}"
exit "$failed"
