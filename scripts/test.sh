#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors, starts a throwaway
# PostgreSQL cluster and runs against it
#   1. every CTest suite of the normal build (unit, db, gui) in build/;
#   2. the sanitizer stage: a second build with AddressSanitizer + UndefinedBehaviorSanitizer in
#      build-asan/ (clang when installed: it compiles the instrumented code faster than g++), the unit
#      and db tests under it, and the bounded fuzz runs (label fuzz, tests/fuzz) under it;
# then stops and removes the cluster.
#
# Why the GUI tests are not in the sanitizer stage by default: CI has to stay well under 30 minutes
# on a 2-core machine, and the normal build and tests take about 22 of them. The widget layer (cs_ui
# and the GUI tests) is half of the compile time, so building it a second time with the sanitizers
# would push CI far past that. The stage therefore builds and checks everything below the widgets
# (cs_domain, cs_data, cs_print, cleanstation-admin, the unit, db and fuzz tests); the GUI tests run
# under the sanitizers with CS_SANITIZE_GUI=1 (a local run or a release check, about 15 more minutes).
#
# Extra arguments go to ctest in build/ (for example: scripts/test.sh -L unit) and leave out the
# sanitizer stage; CS_SANITIZE_TESTS=0 leaves it out of a full run too (the fuzz runs then run in
# build/).
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

stage() { echo; echo "== $* ($(date +%T))"; }

if [[ $# -gt 0 ]]; then
    cd build
    ctest --output-on-failure --timeout 900 -j2 "$@"
    exit
fi

stage "unit, db and gui tests"
(cd build && ctest --output-on-failure --timeout 900 -j2 -LE fuzz)

if [[ "${CS_SANITIZE_TESTS:-1}" == 0 ]]; then
    stage "fuzz runs"
    (cd build && ctest --output-on-failure --timeout 900 -j2 -L fuzz)
    exit 0
fi

stage "sanitizer build (build-asan)"
cxx=$(command -v clang++ || command -v g++)
defines=(-DCS_SANITIZE=ON -DCS_WERROR=ON -DCS_SHARED_DIR="$root/../shared" -DCMAKE_CXX_COMPILER="$cxx")
labels='unit|db|fuzz'
if [[ "${CS_SANITIZE_GUI:-0}" == 1 ]]; then
    CS_BUILD_DIR=build-asan scripts/build.sh "${defines[@]}"
    labels='unit|db|gui|fuzz'
else
    # Configure, then build only what the unit, db and fuzz tests run (their executables and the
    # command-line tool the db tests call).
    CS_BUILD_DIR=build-asan scripts/build.sh "${defines[@]}" cs_domain
    mapfile -t targets < <(ninja -C build-asan -t targets all \
        | sed -nE 's#^[^:]*/(test_unit_[A-Za-z0-9_]+|test_db_[A-Za-z0-9_]+|fuzz_[A-Za-z0-9_]+|cleanstation-admin): CXX_EXECUTABLE.*#\1#p' \
        | grep -v '_libfuzzer$')
    CS_BUILD_DIR=build-asan scripts/build.sh "${targets[@]}"
fi

stage "${labels//|/, } tests under the sanitizers"
supp="$root/tests/sanitizers"
export ASAN_OPTIONS="detect_leaks=1:suppressions=$supp/asan.supp"
export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="suppressions=$supp/ubsan.supp:print_stacktrace=1:halt_on_error=1"
(cd build-asan && ctest --output-on-failure --timeout 1800 -j2 -L "$labels")
