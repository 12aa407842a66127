#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors, starts a throwaway
# PostgreSQL cluster and runs against it
#   1. the CTest suites of the normal build (the build that ships) in build/: unit and gui tests and
#      the layering check;
#   2. the sanitizer stage: a second build with AddressSanitizer + UndefinedBehaviorSanitizer in
#      build-asan/ (clang when installed: it compiles the instrumented code faster than g++), the unit,
#      db and gui tests under it, and the bounded fuzz runs (label fuzz, tests/fuzz) under it.
#   The db tests run once, in the sanitizer stage: what they test is the server's SQL (the same in
#   both builds) through the repositories, and the gui tests of the normal build go through those
#   repositories too;
# then stops and removes the cluster.
#
# The sanitizer build is optimised less (-O1) and carries line tables instead of full debug information:
# what a sanitizer report needs (file and line of every frame) at about half the compile time, which keeps
# the second build of the widget layer affordable. It builds only what its tests run: the test and fuzz
# executables and the command-line tool some of them call, not the app or the benchmarks.
# CS_SANITIZE_GUI=0 leaves the GUI tests (and the widget layer's second build) out of it.
#
# Extra arguments go to ctest in build/ (for example: scripts/test.sh -L unit) and leave out the
# sanitizer stage; CS_SANITIZE_TESTS=0 leaves it out of a full run too (the db tests and the fuzz runs
# then run in build/).
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
# The tests get caches, data and settings of their own below. ccache finds its directory through
# XDG_CACHE_HOME too: named here first, the sanitizer build below uses the same compiler cache as the
# normal build above (before, it compiled everything again into a cache thrown away with $work).
if command -v ccache >/dev/null && [[ -z "${CCACHE_DIR:-}" ]]; then
    CCACHE_DIR=$(ccache -k cache_dir)
    export CCACHE_DIR
fi
export XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

stage() { echo; echo "== $* ($(date +%T))"; }

if [[ $# -gt 0 ]]; then
    cd build
    ctest --output-on-failure --timeout 900 -j2 "$@"
    exit
fi

if [[ "${CS_SANITIZE_TESTS:-1}" == 0 ]]; then
    stage "unit, db and gui tests"
    (cd build && ctest --output-on-failure --timeout 900 -j2 -LE fuzz)
    stage "fuzz runs"
    (cd build && ctest --output-on-failure --timeout 900 -j2 -L fuzz)
    exit 0
fi

stage "unit and gui tests"
(cd build && ctest --output-on-failure --timeout 900 -j2 -LE 'fuzz|db')

stage "sanitizer build (build-asan)"
cxx=$(command -v clang++ || command -v g++)
if [[ "$cxx" == *clang* ]]; then debug=-gline-tables-only; else debug=-g1; fi
defines=(-DCS_SANITIZE=ON -DCS_WERROR=ON -DCS_SHARED_DIR="$root/../shared" -DCMAKE_CXX_COMPILER="$cxx"
         -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 $debug -DNDEBUG")
labels='unit|db|gui|fuzz'
pattern='test_unit_|test_db_|test_gui_|fuzz_'
if [[ "${CS_SANITIZE_GUI:-1}" == 0 ]]; then
    labels='unit|db|fuzz'
    pattern='test_unit_|test_db_|fuzz_'
fi
# Configure, then build only what those tests run (their executables and the command-line tool the db
# and gui tests call).
CS_BUILD_DIR=build-asan scripts/build.sh "${defines[@]}" cs_domain
mapfile -t targets < <(ninja -C build-asan -t targets all \
    | sed -nE "s#^[^:]*/((${pattern})[A-Za-z0-9_]+|cleanstation-admin): CXX_EXECUTABLE.*#\\1#p" \
    | grep -v '_libfuzzer$')
CS_BUILD_DIR=build-asan scripts/build.sh "${targets[@]}"

stage "${labels//|/, } tests under the sanitizers"
supp="$root/tests/sanitizers"
export ASAN_OPTIONS="detect_leaks=1:suppressions=$supp/asan.supp"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="suppressions=$supp/ubsan.supp:print_stacktrace=1:halt_on_error=1"
(cd build-asan && ctest --output-on-failure --timeout 1800 -j2 -L "$labels")
