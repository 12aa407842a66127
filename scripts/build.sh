#!/usr/bin/env bash
# Configures and builds into ./build (Ninja), or into the directory CS_BUILD_DIR names (relative to the
# checkout or absolute), for example the sanitizer build:
#   CS_BUILD_DIR=build-asan scripts/build.sh -DCS_SANITIZE=ON -DCMAKE_CXX_COMPILER=clang++
#   scripts/build.sh [-DOPTION=VALUE ...] [TARGET ...]
# -D options go to the configure step; names are targets to build (all targets when none is given).
# CS_BUILD_JOBS sets the parallel jobs (default: the number of processors).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${CS_BUILD_DIR:-build}
[[ "$dir" == /* ]] || dir="$root/$dir"
defines=(); targets=()
for a in "$@"; do
    if [[ "$a" == -D* ]]; then defines+=("$a"); else targets+=(--target "$a"); fi
done
cmake -S "$root" -B "$dir" -G Ninja "${defines[@]}" >/dev/null
cmake --build "$dir" -j"${CS_BUILD_JOBS:-$(nproc)}" "${targets[@]}"
