#!/usr/bin/env bash
# Renders every screen a person meets (login, each role's home and its tabs, an order page with its tabs
# and print previews, the order wizard step by step, the BOM approval, a Pre-QC and a Final QC, the
# assembler's bench at each step, the service's record, settings and the admin's dialogs) from the demo
# data, in English, French and Spanish, at 1366x768 and 1920x1080, to PNG files in OUTDIR named
# screen-role-language-width.png (home-coord-fr-1366.png). Offscreen, against a throwaway PostgreSQL
# seeded as `cleanstation-admin seed-demo` does; one run per size on a screen of that size.
#   scripts/screenshots.sh OUTDIR
# CS_SCREENSHOT_SIZES ("1366x768 1920x1080") and CS_SCREENSHOT_LANGUAGES ("en,fr,es") narrow the run.
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
# Settings, drafts and logs of the run stay in the throwaway folder (Qt's test mode keeps them under HOME).
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" LANG=C.UTF-8
mkdir -p "$HOME"
start=$SECONDS
failed=()
for size in ${CS_SCREENSHOT_SIZES:-1366x768 1920x1080}; do
    [[ "$size" =~ ^([0-9]+)x([0-9]+)$ ]] || { echo "bad size $size (WIDTHxHEIGHT)" >&2; exit 2; }
    # The offscreen screen has the size, so that dialogs size themselves as they would on it.
    cat >"$work/screen-$size.json" <<EOF
{"screens": [{"name": "screen", "x": 0, "y": 0, "width": ${BASH_REMATCH[1]}, "height": ${BASH_REMATCH[2]},
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
EOF
    # A screen that cannot be reached is named at the end of the run; the other sizes still render.
    QT_QPA_PLATFORM="offscreen:configfile=$work/screen-$size.json" CS_SCREENSHOT_DIR="$out" CS_SCREENSHOT_SIZES="$size" \
        "$build/tests/test_gui_screenshots" 2>&1 | grep -v '^This plugin does not support' || failed+=("$size")
done
echo "$(find "$out" -name '*.png' | wc -l) images in $out ($((SECONDS - start)) s)"
if ((${#failed[@]})); then
    echo "some screens were not rendered at ${failed[*]} (see 'not rendered:' above)" >&2
    exit 1
fi
