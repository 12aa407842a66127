#!/usr/bin/env bash
# Configures and builds into ./build (Ninja).
#   scripts/build.sh [-DOPTION=VALUE ...] [TARGET ...]
# -D options go to the configure step; names are targets to build (all targets when none is given).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
defines=(); targets=()
for a in "$@"; do
    if [[ "$a" == -D* ]]; then defines+=("$a"); else targets+=(--target "$a"); fi
done
cmake -S "$root" -B "$root/build" -G Ninja "${defines[@]}" >/dev/null
cmake --build "$root/build" -j"$(nproc)" "${targets[@]}"
