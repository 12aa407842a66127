#!/usr/bin/env bash
# Configures and builds into ./build (Ninja). Extra arguments go to the configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cmake -S "$root" -B "$root/build" -G Ninja "$@" >/dev/null
cmake --build "$root/build" -j"$(nproc)"
