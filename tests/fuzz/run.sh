#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer + ASan + UBSan) and runs each one.
#   tests/fuzz/run.sh            short run on the regression inputs and seeds (what CI does)
#   tests/fuzz/run.sh 3600       fuzz each target for an hour, saving crashes in build/fuzz/
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-0}"
if ! command -v clang++ >/dev/null; then
  SUDO=""; [ "$(id -u)" != "0" ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang libclang-rt-dev >/dev/null
fi
cmake -S . -B build/fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DRESDIFF_FUZZ=ON -DRESDIFF_BUILD_TESTS=OFF -DRESDIFF_BUILD_BENCH=OFF >/dev/null
cmake --build build/fuzz -j "$(nproc 2>/dev/null || echo 2)" --target parse_fuzz diff_fuzz
# Seeds: the samples, and the corpus when it is there.
seeds=build/fuzz/seeds
mkdir -p "$seeds"
cp samples/*.txt "$seeds"/
if [ -d ../shared/corpus ]; then find ../shared/corpus -maxdepth 1 -name '*.txt' -exec cp {} "$seeds"/ \; ; fi
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for t in parse diff; do
  regress=tests/fuzz/regressions/$t
  mkdir -p "$regress"
  if [ "$seconds" = "0" ]; then
    # Every regression input and seed once, then a short bounded random run.
    build/fuzz/tests/fuzz/${t}_fuzz -runs=0 "$regress" "$seeds"
    build/fuzz/tests/fuzz/${t}_fuzz -runs=3000 -max_len=65536 -timeout=10 "$seeds"
  else
    work=build/fuzz/corpus-$t
    mkdir -p "$work"
    build/fuzz/tests/fuzz/${t}_fuzz -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -artifact_prefix=build/fuzz/$t- "$work" "$seeds" "$regress" || true
  fi
done
echo "fuzz: all targets ran clean"
