#!/usr/bin/env bash
# Reproducible benchmarks of resdiff: see docs/performance.md.
#
#   bench/run.sh [BUILD_DIR]        (default: build/release; configured and built when needed)
#   BIG=1 bench/run.sh              (adds the 100 MB pair and the million-clause document)
#
# Environment: RUNS (timed runs per measurement, default 5), RUNS_LARGE (runs on the 10 MB pair,
# default 3), BIG (1: also 100 MB and a million clauses, one run each; several minutes more and
# about 6 GB of memory), RESDIFF_CORPUS (corpus directory, default ../shared/corpus beside the
# project), PAIR_DIR (where the inputs are written, default ${TMPDIR:-/tmp}/resdiff-bench),
# PAIR_MB (size of each file of resdiff_diff_bench's pair, default 4), TOOL_TIMEOUT (seconds
# allowed per external run, default 60; 600 with BIG=1), BATCH_COPIES (copies of the MANIFEST
# pairs in the larger batch that measures --jobs scaling, default 8).
#
# 1. resdiff_parse_bench: parse and parse+analyze throughput on the corpus and on a ~10 MB document.
# 2. resdiff_diff_bench: diff_documents on the MANIFEST version pairs and on a 4 MB pair.
# 3. resdiff_make_inputs writes 1 MB and 10 MB (and 100 MB) documents with a revision each, and
#    the MANIFEST version pairs as two directories (PAIR_DIR/batch/{old,new}).
# 4. The resdiff binary end to end on each pair against git diff --no-index --word-diff, dwdiff
#    and wdiff: median wall time, ratio to resdiff, MB/s (both inputs together) and peak RSS
#    (/usr/bin/time -v); `resdiff parse` (text and JSON) on each document.
# 5. The batch in one run (`resdiff check OLD_DIR NEW_DIR`, `resdiff diff OLD_DIR NEW_DIR`) with
#    --jobs 1 and --jobs 2, against git diff on the two directories and dwdiff / wdiff per pair;
#    then --jobs 1 and 2 on BATCH_COPIES copies of the batch.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-$ROOT/build/release}
RUNS=${RUNS:-5}
RUNS_LARGE=${RUNS_LARGE:-3}
BIG=${BIG:-0}
CORPUS=${RESDIFF_CORPUS:-$ROOT/../shared/corpus}
PAIR_DIR=${PAIR_DIR:-${TMPDIR:-/tmp}/resdiff-bench}
PAIR_MB=${PAIR_MB:-4}
BATCH_COPIES=${BATCH_COPIES:-8}
if [[ $BIG == 1 ]]; then
    TOOL_TIMEOUT=${TOOL_TIMEOUT:-600}
    export RESDIFF_MAX_INPUT=$((1024 * 1024 * 1024))  # the 100 MB documents are over the 64 MiB default
else
    TOOL_TIMEOUT=${TOOL_TIMEOUT:-60}
fi

say() { printf '\n== %s\n' "$*"; }
SECONDS=0

# --- build -------------------------------------------------------------------------------------
if [[ ! -f $BUILD/CMakeCache.txt ]]; then
    if [[ $BUILD == "$ROOT/build/release" ]]; then
        (cd "$ROOT" && cmake --preset release)
    else
        cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRESDIFF_BUILD_BENCH=ON
    fi
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD/CMakeCache.txt")
if [[ $build_type != Release ]]; then
    echo "warning: $BUILD is a '${build_type:-no type}' build; figures are only comparable for Release" >&2
fi
RESDIFF=$BUILD/resdiff
PROGRAMS=(resdiff_parse_bench resdiff_diff_bench resdiff_make_inputs)
if ! cmake --build "$BUILD" --target resdiff "${PROGRAMS[@]}" -j"$(nproc)"; then
    missing=0
    for p in "${PROGRAMS[@]}"; do [[ -x $BUILD/bench/$p ]] || missing=1; done
    if [[ -x $RESDIFF && $missing == 0 ]]; then
        echo "warning: the build failed; measuring the binaries already in $BUILD" >&2
    else
        echo "error: the build failed" >&2
        exit 1
    fi
fi

if [[ ! -x /usr/bin/time ]]; then
    echo "error: /usr/bin/time is missing (Debian: apt-get install -y time)" >&2
    exit 2
fi

say "machine"
echo "$(nproc) CPU(s): $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "$(uname -sr); $(${CXX:-c++} --version 2>/dev/null | head -1)"
echo "resdiff: $("$RESDIFF" --version), build $BUILD ($build_type)"
for tool in git dwdiff wdiff; do
    if command -v "$tool" >/dev/null; then echo "$tool: $("$tool" --version 2>&1 | head -1)"; fi
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- 1 and 2: the benchmark programs ----------------------------------------------------------------
say "parse (resdiff_parse_bench, median of $RUNS runs)"
"$BUILD/bench/resdiff_parse_bench" "$CORPUS" --runs "$RUNS"

say "diff (resdiff_diff_bench, median of $RUNS runs)"
"$BUILD/bench/resdiff_diff_bench" "$CORPUS" --runs "$RUNS" --pair-dir "$PAIR_DIR" --pair-mb "$PAIR_MB"

# --- 3: inputs ----------------------------------------------------------------------------------------
SIZES=(1 10)
[[ $BIG == 1 ]] && SIZES+=(100)
say "inputs (resdiff_make_inputs, sizes ${SIZES[*]} MB)"
start=$(date +%s%N)
"$BUILD/bench/resdiff_make_inputs" "$CORPUS" --out "$PAIR_DIR" --sizes "$(IFS=,; echo "${SIZES[*]}")" \
    --batch-copies "$BATCH_COPIES"
if [[ $BIG == 1 ]]; then
    # A million one-line clauses (the issue's "a million clauses"): 17 MB.
    awk 'BEGIN { for (i = 1; i <= 1000000; i++) printf "%d. Decides;\n", i }' >"$PAIR_DIR/million.txt"
    echo "$PAIR_DIR/million.txt: $(stat -c %s "$PAIR_DIR/million.txt") bytes, 1,000,000 paragraphs"
    # Two versions of 200,000 short paragraphs (78 bytes), every tenth changed: memory per clause.
    for v in old new; do
        awk -v v=$v 'BEGIN { for (i = 1; i <= 200000; i++)
            printf "%d. Requests the Secretary-General to report on item %d every %d days;\n", i, i,
                   (v == "new" && i % 10 == 0) ? 120 : 90 }' >"$PAIR_DIR/short-200k-$v.txt"
    done
    echo "$PAIR_DIR/short-200k-{old,new}.txt: $(stat -c %s "$PAIR_DIR/short-200k-old.txt") bytes each, 200,000 paragraphs"
fi
awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "(written in %.1f s)\n", (b - a) / 1e9 }'

# --- 4 and 5: end to end, resdiff and other tools ------------------------------------------------------
# resdiff writes its report to a regular file with -o (atomically: a temporary file renamed into
# place); other tools write to /dev/null through the shell.
OUT=$PAIR_DIR/resdiff-out
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
q() { printf '%q ' "$@"; }

# measure TITLE BYTES RUNS NAME CMD [NAME CMD]...: runs each shell command RUNS times (after one
# warm-up run when RUNS > 1) under /usr/bin/time -v and prints median seconds, the ratio to the
# first command, MB/s for BYTES and the largest peak RSS. Exit codes 0 and 1 are success.
measure() {
    local title=$1 bytes=$2 runs=$3
    shift 3
    local -a names=() cmds=() secs=() rss=() codes=()
    while (($# >= 2)); do
        names+=("$1")
        cmds+=("$2")
        shift 2
    done
    say "$title ($(awk -v b="$bytes" 'BEGIN { printf "%.3f", b / 1e6 }') MB), median of $runs run(s)"
    local i r code start end log
    for i in "${!names[@]}"; do
        local -a times=() kb=()
        code=0
        if ((runs > 1)); then timeout "$TOOL_TIMEOUT" bash -c "${cmds[$i]}" >/dev/null 2>&1 || true; fi  # warm-up
        for ((r = 0; r < runs; r++)); do
            log=$(mktemp)
            start=$(date +%s%N)
            set +e
            /usr/bin/time -v -o "$log" timeout "$TOOL_TIMEOUT" bash -c "${cmds[$i]}" >/dev/null 2>&1
            code=$?
            set -e
            end=$(date +%s%N)
            times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", (b - a) / 1e9 }')")
            kb+=("$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$log")")
            rm -f "$log"
            if ((code > 1)); then break; fi  # 0 = same, 1 = differences; anything else is trouble
        done
        secs[$i]=$(printf '%s\n' "${times[@]}" | median)
        rss[$i]=$(printf '%s\n' "${kb[@]}" | sort -n | tail -1)
        codes[$i]=$code
    done
    printf '%-40s %9s %11s %9s %14s %5s\n' "command" "seconds" "vs first" "MB/s" "peak RSS (MB)" "exit"
    for i in "${!names[@]}"; do
        awk -v n="${names[$i]}" -v s="${secs[$i]}" -v base="${secs[0]}" -v b="$bytes" -v k="${rss[$i]:-0}" -v c="${codes[$i]}" \
            'BEGIN { printf "%-40s %9.3f %10.2fx %9.2f %14.1f %5s%s\n", n, s, s / base, b / 1e6 / s, k / 1024, c,
                     (c > 1 ? "  (FAILED or timed out)" : "") }'
    done
}

# The other tools on one pair, when installed.
OTHERS=()
others_for() {
    OTHERS=()
    local old=$1 new=$2 tool
    if command -v git >/dev/null; then
        OTHERS+=("git diff --no-index --word-diff" "$(q git diff --no-index --word-diff "$old" "$new")")
    fi
    for tool in dwdiff wdiff; do
        if command -v "$tool" >/dev/null; then OTHERS+=("$tool" "$(q "$tool" "$old" "$new")"); fi
    done
}

# compare TITLE OLD NEW RUNS: resdiff (JSON and text; by default the two versions load on two
# threads, --jobs 1 shows one thread) and the other tools on one pair.
compare() {
    local title=$1 old=$2 new=$3 runs=$4
    local bytes=$(($(stat -c %s "$old") + $(stat -c %s "$new")))
    others_for "$old" "$new"
    measure "$title: $(basename "$old") -> $(basename "$new")" "$bytes" "$runs" \
        "resdiff diff --format json" "$(q "$RESDIFF" diff "$old" "$new" -q --format json -o "$OUT.json")" \
        "resdiff diff (text)" "$(q "$RESDIFF" diff "$old" "$new" -q --color never -o "$OUT.txt")" \
        "resdiff diff --format json --jobs 1" "$(q "$RESDIFF" diff "$old" "$new" -q --format json --jobs 1 -o "$OUT.json")" \
        "${OTHERS[@]}"
}

# parse_doc TITLE DOC RUNS: `resdiff parse` to text and to JSON.
parse_doc() {
    local title=$1 doc=$2 runs=$3
    measure "$title: resdiff parse $(basename "$doc")" "$(stat -c %s "$doc")" "$runs" \
        "resdiff parse --format text" "$(q "$RESDIFF" parse "$doc" -q -o "$OUT.txt")" \
        "resdiff parse --format json" "$(q "$RESDIFF" parse "$doc" -q --format json -o "$OUT.json")"
}

for mb in "${SIZES[@]}"; do
    runs=$RUNS
    ((mb >= 10)) && runs=$RUNS_LARGE
    ((mb >= 100)) && runs=1
    compare "end to end, $mb MB pair" "$PAIR_DIR/doc-${mb}mb-old.txt" "$PAIR_DIR/doc-${mb}mb-new.txt" "$runs"
    parse_doc "parse, $mb MB" "$PAIR_DIR/doc-${mb}mb-old.txt" "$runs"
done
if [[ $BIG == 1 ]]; then
    parse_doc "parse, a million clauses" "$PAIR_DIR/million.txt" 1
    compare "end to end, 200,000 short paragraphs" "$PAIR_DIR/short-200k-old.txt" "$PAIR_DIR/short-200k-new.txt" 1
fi

# The batch: every MANIFEST pair in one run, one thread and two; other tools pair by pair.
BATCH_OLD=$PAIR_DIR/batch/old BATCH_NEW=$PAIR_DIR/batch/new
batch_bytes=$(find "$BATCH_OLD" "$BATCH_NEW" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
batch_pairs=$(find "$BATCH_OLD" -type f | wc -l)
BATCH=()
for jobs in 1 2; do
    BATCH+=("resdiff check DIRS --jobs $jobs" "$(q "$RESDIFF" check "$BATCH_OLD" "$BATCH_NEW" -q --jobs "$jobs" -o "$OUT.check")")
done
for jobs in 1 2; do
    BATCH+=("resdiff diff DIRS --jobs $jobs" "$(q "$RESDIFF" diff "$BATCH_OLD" "$BATCH_NEW" -q --color never --jobs "$jobs" -o "$OUT.txt")")
done
if command -v git >/dev/null; then
    BATCH+=("git diff --no-index --word-diff DIRS" "$(q git diff --no-index --word-diff "$BATCH_OLD" "$BATCH_NEW")")
fi
for tool in dwdiff wdiff; do
    if command -v "$tool" >/dev/null; then
        # One process per pair, as a script over the batch would run it.
        BATCH+=("$tool, pair by pair" "cd $(q "$BATCH_OLD") && for f in \$(find . -type f | sort); do $tool \"\$f\" $(q "$BATCH_NEW")/\"\$f\"; done; true")
    fi
done
measure "batch: $batch_pairs MANIFEST version pairs in one run" "$batch_bytes" "$RUNS" "${BATCH[@]}"
# --jobs scaling on a larger batch (the same pairs BATCH_COPIES times).
if ((BATCH_COPIES > 1)); then
    BIG_OLD=$PAIR_DIR/batch-x$BATCH_COPIES/old BIG_NEW=$PAIR_DIR/batch-x$BATCH_COPIES/new
    big_bytes=$(find "$BIG_OLD" "$BIG_NEW" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    SCALING=()
    for jobs in 1 2; do
        SCALING+=("resdiff check DIRS --jobs $jobs" "$(q "$RESDIFF" check "$BIG_OLD" "$BIG_NEW" -q --jobs "$jobs" -o "$OUT.check")")
    done
    measure "batch x$BATCH_COPIES: $(find "$BIG_OLD" -type f | wc -l) pairs, --jobs scaling" "$big_bytes" "$RUNS" "${SCALING[@]}"
fi
# The reports must not depend on --jobs.
"$RESDIFF" check "$BATCH_OLD" "$BATCH_NEW" -q --jobs 1 --format json -o "$OUT.j1" || true
"$RESDIFF" check "$BATCH_OLD" "$BATCH_NEW" -q --jobs 2 --format json -o "$OUT.j2" || true
if cmp -s "$OUT.j1" "$OUT.j2"; then echo "(check reports with --jobs 1 and --jobs 2 are identical)"
else echo "WARNING: check reports differ between --jobs 1 and --jobs 2"; fi

# A real pair of ordinary size (UNSOM mandate, 2018 -> 2019 drafts), when the corpus has it.
if [[ -f $CORPUS/S-2018-257-draft-2018-03-27.txt && -f $CORPUS/S-2019-266-draft-2019-03-27.txt ]]; then
    compare "end to end, a real pair" "$CORPUS/S-2018-257-draft-2018-03-27.txt" \
        "$CORPUS/S-2019-266-draft-2019-03-27.txt" "$RUNS"
fi
rm -f "$OUT".*
say "done in ${SECONDS} s"
