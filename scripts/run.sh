#!/usr/bin/env bash
# The run command: installs what is missing, builds, starts (or reuses) a private PostgreSQL
# cluster in your data directory, migrates it, seeds the demo data it lacks, and starts cleanstation
# connected to it. Run it again and it reuses the same cluster and data.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/deps.sh
scripts/build.sh cleanstation cleanstation-admin

# PostgreSQL cannot run as root and cannot reach root's home, so root's cluster lives in /var/lib.
if [[ $(id -u) -eq 0 ]]; then
    base=/var/lib/cleanstation
else
    base=${XDG_DATA_HOME:-$HOME/.local/share}/cleanstation
fi
mkdir -p "$base"
eval "$(scripts/pg.sh start "$base/pg")"

if ! psql -tAc "select 1 from pg_database where datname = 'cleanstation'" | grep -q 1; then
    createdb cleanstation
fi
export PGDATABASE=cleanstation
admin=build/app/cleanstation-admin
"$admin" migrate
# Adds only what is missing: after an upgrade, the new version's demo data (checklist templates,
# orders through every status) joins what is there.
"$admin" seed-demo

# The audit sealer runs on the server as its owner (here the cluster's superuser): it chains every
# committed audit row within a second of its commit.
"$admin" audit-sealer >>"$base/audit-sealer.log" 2>&1 &
sealer=$!
trap 'kill "$sealer" 2>/dev/null || true' EXIT

cat <<MSG

CleanStation Production is running on a private PostgreSQL cluster:
  server   127.0.0.1:$PGPORT   database cleanstation   (data in $base/pg)
  audit    sealed by cleanstation-admin audit-sealer (log: $base/audit-sealer.log)
Demo logins (one per role):
$("$admin" seed-demo --list-logins)

MSG
# The app connects as the person who logs in; the superuser credentials are not passed on.
unset PGUSER PGPASSWORD
build/app/cleanstation --host 127.0.0.1 --port "$PGPORT" --database cleanstation "$@"
