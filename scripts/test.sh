#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors, starts a throwaway
# PostgreSQL cluster, runs every CTest suite (unit, db, gui) against it, then stops and removes it.
# Extra arguments go to ctest (for example: scripts/test.sh -L unit).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/deps.sh --tests
scripts/build.sh -DCS_WERROR=ON -DCS_SHARED_DIR="$root/../shared"

work=$(mktemp -d /tmp/cleanstation-test.XXXXXX)
chmod 755 "$work"
cleanup() {
    scripts/pg.sh stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
eval "$(scripts/pg.sh start "$work/pg" --fast)"
export CS_TEST_CLUSTER="$work/pg"
export XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

cd build
ctest --output-on-failure --timeout 900 -j2 "$@"
