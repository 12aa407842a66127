#!/usr/bin/env bash
# A private PostgreSQL 15 cluster in a directory of your choice, on a free port of 127.0.0.1,
# with SCRAM-SHA-256 authentication. Runs the server as the `postgres` user when called as root
# (PostgreSQL refuses to run as root), as the caller otherwise.
#
#   scripts/pg.sh start DIR [--fast]   create (first time) and start; prints the PG* settings
#   scripts/pg.sh stop DIR             stop the server (data kept)
#   scripts/pg.sh env DIR              print the PG* settings (export lines) of a running cluster
#   scripts/pg.sh status DIR           exit 0 when running
#
# --fast turns off fsync and full-page writes: for throwaway test clusters only.
# The cluster runs with the plant's settings (README, "Plant set-up"): connections for 500 people,
# temporary files capped per session, lock waits and ended sessions logged, passwordcheck loaded, and
# PUBLIC kept out of the maintenance databases.
# The superuser is `cs_super`; its generated password is kept in DIR/superuser.password (mode 600).
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
cmd=${1:-}; dir=${2:-}
[[ -n "$cmd" && -n "$dir" ]] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
shift 2
fast=0
for a in "$@"; do [[ "$a" == --fast ]] && fast=1; done

[[ -x "$PGBIN/postgres" ]] || { echo "pg.sh: PostgreSQL 15 server not found in $PGBIN (install postgresql-15)" >&2; exit 1; }

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

data="$dir/data"
pwfile="$dir/superuser.password"
portfile="$dir/port"

print_env() {
    local port; port=$(cat "$portfile")
    echo "export PGHOST=127.0.0.1"
    echo "export PGPORT=$port"
    echo "export PGUSER=cs_super"
    echo "export PGPASSWORD='$(cat "$pwfile")'"
    echo "export PGDATABASE=postgres"
}

is_running() {
    [[ -f "$data/postmaster.pid" ]] && as_owner "$PGBIN/pg_ctl" -D "$data" status >/dev/null 2>&1
}

# Ports below Linux's ephemeral range (32768-60999): a port in that range can be free of listeners
# (the connect test passes) and still be the local end of some client's connection, and then the
# server cannot bind it.
free_port() {
    local p
    for p in $(seq "${1:-25432}" 25999); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
    done
    echo "pg.sh: no free port between ${1:-25432} and 25999" >&2; return 1
}

case "$cmd" in
start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd); data="$dir/data"; pwfile="$dir/superuser.password"; portfile="$dir/port"
    if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
    if [[ ! -f "$data/PG_VERSION" ]]; then
        umask 077
        head -c 24 /dev/urandom | base64 | tr -d '/+=' > "$pwfile"
        [[ $(id -u) -eq 0 ]] && chown postgres: "$pwfile"
        as_owner "$PGBIN/initdb" -D "$data" -U cs_super --pwfile="$pwfile" --auth=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
        cat > /tmp/pg.sh.hba.$$ <<HBA
# Private cluster: TCP on loopback and the socket in the data directory, SCRAM only.
local   all all                scram-sha-256
host    all all 127.0.0.1/32   scram-sha-256
HBA
        as_owner cp /tmp/pg.sh.hba.$$ "$data/pg_hba.conf" 2>/dev/null || cp /tmp/pg.sh.hba.$$ "$data/pg_hba.conf"
        rm -f /tmp/pg.sh.hba.$$
    fi
    if is_running; then print_env; exit 0; fi
    # The plant's settings (README, "Plant set-up"). A running app holds one connection (its session's
    # worker), two for a moment while its worker is busy; 1,600 leaves room for 500 people at two
    # workstations each, the short-lived signing connections of non-SCRAM logins and the superuser's
    # reserved slots.
    plant="-c password_encryption=scram-sha-256 -c max_connections=1600 -c superuser_reserved_connections=5"
    # plpgsql and pg_trgm loaded once by the postmaster: otherwise every new backend loads them itself
    # at its first function call and first name search (a few ms of processor time per login).
    plant="$plant -c shared_preload_libraries=passwordcheck,plpgsql,pg_trgm -c temp_file_limit=1GB -c log_lock_waits=on"
    plant="$plant -c deadlock_timeout=1s -c log_connections=off -c log_disconnections=off"
    plant="$plant -c log_min_error_statement=error -c statement_timeout=0 -c idle_session_timeout=0"
    # Shared memory in huge pages when the host has reserved them (vm.nr_hugepages; README, "Plant
    # set-up"), in 4 kB pages otherwise. Said here because it is a plant setting, not a test one.
    plant="$plant -c huge_pages=try"
    # No JIT compilation: it pays off for long analytic queries, and this plant's are short. The planner
    # compiles a query whose estimated cost passes jit_above_cost, and an estimate can be far off (a
    # function's row count is a guess): each such call then spent 100-300 ms compiling (README).
    plant="$plant -c jit=off"
    # Each backend's own memory (catalog caches, compiled functions, plans) from glibc's malloc in
    # transparent huge pages where the kernel offers them (THP "madvise" or "always"): a new backend
    # then takes a few faults of 2 MB instead of hundreds of 4 kB ones. Ignored where THP is off.
    tunables="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1"
    # Restarting keeps the previous port when it is still free, so clients can reconnect.
    port=""
    if [[ -f "$portfile" ]]; then
        port=$(cat "$portfile")
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then port=""; fi
    fi
    [[ -n "$port" ]] || port=$(free_port)
    # Two clusters starting at once can pick the same free port: the one that loses the bind tries
    # the next free port.
    for attempt in 1 2 3 4 5 6 7 8; do
        echo "$port" > "$portfile"
        opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$data' $plant"
        [[ $fast -eq 1 ]] && opts="$opts -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        logged=0
        [[ -f "$dir/server.log" ]] && logged=$(wc -l < "$dir/server.log")
        if GLIBC_TUNABLES="$tunables" as_owner "$PGBIN/pg_ctl" -D "$data" -l "$dir/server.log" -o "$opts" -w -t 30 start >/dev/null 2>&1; then
            # Nobody but superusers connects to the maintenance databases or makes temporary tables
            # there (idempotent; cleanstation-admin migrate does the same for its own database).
            PGPASSWORD=$(cat "$pwfile") "$PGBIN/psql" -X -q -h 127.0.0.1 -p "$port" -U cs_super -d postgres \
                -c "REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC" \
                -c "REVOKE CONNECT, TEMPORARY ON DATABASE template1 FROM PUBLIC" >/dev/null 2>&1 || true
            print_env
            exit 0
        fi
        if ! tail -n +"$((logged + 1))" "$dir/server.log" | grep -q "could not bind\|could not create any TCP/IP sockets"; then
            break
        fi
        port=$(free_port "$((port + 1))") || break
    done
    tail -20 "$dir/server.log" >&2
    exit 1
    ;;
stop)
    if is_running; then as_owner "$PGBIN/pg_ctl" -D "$data" -m fast -w stop >/dev/null; fi
    ;;
env)
    is_running || { echo "pg.sh: no cluster running in $dir" >&2; exit 1; }
    print_env
    ;;
status)
    is_running
    ;;
*)
    echo "pg.sh: unknown command '$cmd' (start, stop, env, status)" >&2; exit 2 ;;
esac
