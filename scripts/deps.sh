#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the app and the tests need (lld: the build links with it,
# see cmake/CsCommon.cmake). Only missing packages are installed (naming an installed one could upgrade
# it). Needs root or sudo.
set -euo pipefail
pkgs=(cmake ninja-build g++ pkg-config libpq-dev libssl-dev qt6-base-dev libqt6sql6-psql libqt6sql6-sqlite qtkeychain-qt6-dev
      libqrencode-dev libspdlog-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libgl-dev qt6-pdf-dev
      lld postgresql-15 postgresql-client-15)
# The tests' sanitizer build uses clang and its sanitizer runtimes (scripts/test.sh); ccache keeps the
# second and later test runs from compiling unchanged files again (scripts/build.sh uses it when present).
[[ "${1:-}" == --tests ]] && pkgs+=(poppler-utils zbar-tools gnome-keyring dbus libsecret-tools clang libclang-rt-14-dev ccache)
missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "deps.sh: installing ${missing[*]}" >&2
SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
