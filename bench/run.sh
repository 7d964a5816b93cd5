#!/usr/bin/env bash
# Reproducible benchmarks of resdiff: see docs/performance.md.
#
#   bench/run.sh [BUILD_DIR]        (default: build/release; configured and built when needed)
#
# Environment: RUNS (timed runs per measurement, default 5), RESDIFF_CORPUS (corpus directory,
# default ../shared/corpus beside the project), PAIR_DIR (where the large synthetic pair is
# written, default ${TMPDIR:-/tmp}/resdiff-bench), PAIR_MB (size of each large file, default 4),
# TOOL_TIMEOUT (seconds allowed per external run, default 60).
#
# 1. resdiff_parse_bench: parse and parse+analyze throughput on the corpus and on a ~10 MB document.
# 2. resdiff_diff_bench: diff_documents on the MANIFEST version pairs and on a large pair with
#    scattered edits, written to PAIR_DIR/large-{old,new}.txt.
# 3. The resdiff binary end to end on that pair against git diff --word-diff, dwdiff and wdiff:
#    median wall time, ratio to resdiff, MB/s (both inputs together) and peak RSS (/usr/bin/time -v).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${1:-$ROOT/build/release}
RUNS=${RUNS:-5}
CORPUS=${RESDIFF_CORPUS:-$ROOT/../shared/corpus}
PAIR_DIR=${PAIR_DIR:-${TMPDIR:-/tmp}/resdiff-bench}
PAIR_MB=${PAIR_MB:-4}
TOOL_TIMEOUT=${TOOL_TIMEOUT:-60}

say() { printf '\n== %s\n' "$*"; }

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
if ! cmake --build "$BUILD" --target resdiff resdiff_parse_bench resdiff_diff_bench -j"$(nproc)"; then
    if [[ -x $RESDIFF && -x $BUILD/bench/resdiff_parse_bench && -x $BUILD/bench/resdiff_diff_bench ]]; then
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

# --- 1 and 2: the benchmark programs ----------------------------------------------------------------
say "parse (resdiff_parse_bench, median of $RUNS runs)"
"$BUILD/bench/resdiff_parse_bench" "$CORPUS" --runs "$RUNS"

say "diff (resdiff_diff_bench, median of $RUNS runs)"
"$BUILD/bench/resdiff_diff_bench" "$CORPUS" --runs "$RUNS" --pair-dir "$PAIR_DIR" --pair-mb "$PAIR_MB"

# --- 3: end to end against other tools ---------------------------------------------------------------
# `-o /dev/null` is avoided on purpose: resdiff writes OUT.resdiff-tmp and renames it over OUT,
# which would replace /dev/null itself when run as root (see docs/performance.md). Output goes
# to a regular file in PAIR_DIR instead; other tools write to /dev/null through the shell.
OUT=$PAIR_DIR/resdiff-out
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# compare TITLE OLD NEW: times every tool on one pair and prints the table.
compare() {
    local title=$1 old=$2 new=$3
    local -a names=() cmds=() secs=() rss=() codes=()
    names+=("resdiff diff --format json"); cmds+=("$(printf '%q ' "$RESDIFF" diff "$old" "$new" --format json -o "$OUT.json")")
    names+=("resdiff diff (text)"); cmds+=("$(printf '%q ' "$RESDIFF" diff "$old" "$new" --color never -o "$OUT.txt")")
    if command -v git >/dev/null; then
        names+=("git diff --no-index --word-diff"); cmds+=("$(printf '%q ' git diff --no-index --word-diff "$old" "$new") >/dev/null")
    else
        echo "skipping git diff: git is not installed"
    fi
    local tool
    for tool in dwdiff wdiff; do
        if command -v "$tool" >/dev/null; then
            names+=("$tool"); cmds+=("$(printf '%q ' "$tool" "$old" "$new") >/dev/null")
        else
            echo "skipping $tool: not installed (Debian package $tool)"
        fi
    done
    local bytes=$(($(stat -c %s "$old") + $(stat -c %s "$new")))
    say "$title: $(basename "$old") -> $(basename "$new") ($(awk -v b="$bytes" 'BEGIN { printf "%.3f", b / 1e6 }') MB together), median of $RUNS runs"
    local i r code start end log
    for i in "${!names[@]}"; do
        local -a times=() kb=()
        code=0
        bash -c "${cmds[$i]}" >/dev/null 2>&1 || true  # warm-up (page cache)
        for ((r = 0; r < RUNS; r++)); do
            log=$(mktemp)
            start=$(date +%s%N)
            set +e
            /usr/bin/time -v -o "$log" timeout "$TOOL_TIMEOUT" bash -c "exec ${cmds[$i]}" >/dev/null 2>&1
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
    printf '%-34s %10s %12s %9s %14s %5s\n' "command" "seconds" "vs resdiff" "MB/s" "peak RSS (MB)" "exit"
    for i in "${!names[@]}"; do
        awk -v n="${names[$i]}" -v s="${secs[$i]}" -v base="${secs[0]}" -v b="$bytes" -v k="${rss[$i]:-0}" -v c="${codes[$i]}" \
            'BEGIN { printf "%-34s %10.3f %11.2fx %9.2f %14.1f %5s%s\n", n, s, s / base, b / 1e6 / s, k / 1024, c,
                     (c > 1 ? "  (FAILED or timed out)" : "") }'
    done
    echo "(seconds include process start; vs resdiff = time / resdiff --format json's time, below 1 = faster)"
    if command -v hyperfine >/dev/null; then
        hyperfine --warmup 1 --runs "$RUNS" --ignore-failure "${cmds[@]}"
    fi
}

compare "end to end, large synthetic pair" "$PAIR_DIR/large-old.txt" "$PAIR_DIR/large-new.txt"
# A real pair of ordinary size (UNSOM mandate, 2018 -> 2019 drafts), when the corpus has it.
if [[ -f $CORPUS/S-2018-257-draft-2018-03-27.txt && -f $CORPUS/S-2019-266-draft-2019-03-27.txt ]]; then
    compare "end to end, a real pair" "$CORPUS/S-2018-257-draft-2018-03-27.txt" "$CORPUS/S-2019-266-draft-2019-03-27.txt"
fi
rm -f "$OUT.json" "$OUT.txt"
