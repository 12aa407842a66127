#!/usr/bin/env bash
# Configures and builds into ./build (Ninja), or into the directory CS_BUILD_DIR names (relative to the
# checkout or absolute), for example the sanitizer build:
#   CS_BUILD_DIR=build-asan scripts/build.sh -DCS_SANITIZE=ON -DCMAKE_CXX_COMPILER=clang++
#   scripts/build.sh [-DOPTION=VALUE ...] [TARGET ...]
# -D options go to the configure step; names are targets to build (all targets when none is given).
# CS_BUILD_JOBS sets the parallel jobs (default: the number of processors).
# When ccache is installed, compiles go through it (unless CMAKE_CXX_COMPILER_LAUNCHER is given or
# CS_CCACHE=0), with paths taken relative to the checkout so that two checkouts share the cache.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${CS_BUILD_DIR:-build}
[[ "$dir" == /* ]] || dir="$root/$dir"
defines=(); targets=()
for a in "$@"; do
    if [[ "$a" == -D* ]]; then defines+=("$a"); else targets+=(--target "$a"); fi
done
if [[ "${CS_CCACHE:-1}" == 1 ]] && command -v ccache >/dev/null \
        && [[ " ${defines[*]} " != *" -DCMAKE_CXX_COMPILER_LAUNCHER="* ]]; then
    defines+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi
cmake -S "$root" -B "$dir" -G Ninja "${defines[@]}" >/dev/null
cmake --build "$dir" -j"${CS_BUILD_JOBS:-$(nproc)}" "${targets[@]}"
