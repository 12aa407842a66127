#!/usr/bin/env bash
# Renders the login dialog, every role's home screen, the settings and the user administration
# dialogs to PNG files in OUTDIR (offscreen, a throwaway PostgreSQL with real orders).
#   scripts/screenshots.sh OUTDIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: scripts/screenshots.sh OUTDIR}
mkdir -p "$out"; out=$(cd "$out" && pwd)
build=${CS_BUILD_DIR:-$root/build}
[[ -d "$build" ]] || cmake -S "$root" -B "$build" -G Ninja >/dev/null
cmake --build "$build" --target test_gui_screenshots

work=$(mktemp -d /tmp/cleanstation-shots.XXXXXX)
chmod 755 "$work"
cleanup() { "$root/scripts/pg.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
eval "$("$root/scripts/pg.sh" start "$work/pg" --fast)"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
QT_QPA_PLATFORM=offscreen CS_SCREENSHOT_DIR="$out" "$build/tests/test_gui_screenshots"
ls "$out"/*.png
