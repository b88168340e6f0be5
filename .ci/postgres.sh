#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests and exports NEWSINGEST_TEST_PG, its connection URI.
# Source it from .ci/run (". .ci/postgres.sh"): the server is stopped and its folder removed when the sourcing
# shell exits. Run it directly ("bash .ci/postgres.sh -- COMMAND...") to run one command against a fresh server.
#
# - installs Debian's postgresql package when initdb is missing;
# - the cluster lives under /tmp: initdb and the server run as the postgres user (initdb refuses root), and the
#   checkout may sit inside a folder only root can enter;
# - the server listens on a Unix socket in that folder and on a free loopback port; trust authentication, as the
#   cluster and everything in it die with this shell; only the role newsingest_password_test must give its password.

pg_find_bin() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
    done
    return 1
}

pg_start() {
    local bin
    if ! bin="$(pg_find_bin)"; then
        echo "postgres.sh: installing PostgreSQL (apt-get install postgresql)" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null || {
            echo "postgres.sh: could not install postgresql" >&2; return 1; }
        bin="$(pg_find_bin)" || { echo "postgres.sh: no initdb after installing postgresql" >&2; return 1; }
    fi

    PG_CI_DIR="$(mktemp -d /tmp/newsingest-pg.XXXXXX)"
    chmod 0755 "$PG_CI_DIR"
    mkdir "$PG_CI_DIR/data" "$PG_CI_DIR/socket" "$PG_CI_DIR/log"
    chown postgres: "$PG_CI_DIR/data" "$PG_CI_DIR/socket" "$PG_CI_DIR/log"
    PG_CI_BIN="$bin"

    # A free port: ask the kernel for one, then let the server take it.
    local port
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null)"
    [ -n "$port" ] || port=$((20000 + RANDOM % 20000))

    runuser -u postgres -- "$bin/initdb" -D "$PG_CI_DIR/data" -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 \
        >"$PG_CI_DIR/initdb.log" 2>&1 || { echo "postgres.sh: initdb failed:" >&2; cat "$PG_CI_DIR/initdb.log" >&2; return 1; }
    # One role must log in with its password over TCP (the tests of PGPASSWORD and .pgpass); the rest is trusted.
    sed -i '1i host all newsingest_password_test 127.0.0.1/32 scram-sha-256' "$PG_CI_DIR/data/pg_hba.conf"
    runuser -u postgres -- "$bin/pg_ctl" -D "$PG_CI_DIR/data" -l "$PG_CI_DIR/log/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$PG_CI_DIR/socket -c fsync=off -c max_connections=200" \
        start >/dev/null || { echo "postgres.sh: the server did not start:" >&2; cat "$PG_CI_DIR/log/server.log" >&2; return 1; }

    PG_CI_PORT="$port"
    export NEWSINGEST_TEST_PG="postgresql://postgres@127.0.0.1:$port/postgres"
    echo "postgres.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port and $PG_CI_DIR/socket" >&2
}

pg_stop() {
    if [ -n "${PG_CI_DIR:-}" ] && [ -d "$PG_CI_DIR" ]; then
        runuser -u postgres -- "$PG_CI_BIN/pg_ctl" -D "$PG_CI_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$PG_CI_DIR"
    fi
    unset NEWSINGEST_TEST_PG PG_CI_DIR
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
    # Sourced: keep any EXIT trap the caller has, and stop the server after it.
    pg_previous_trap="$(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")"
    trap "pg_stop; ${pg_previous_trap:-:}" EXIT
    pg_start || { pg_stop; false; }
else
    set -uo pipefail
    trap pg_stop EXIT
    pg_start || exit 1
    if [ "${1:-}" = "--" ]; then shift; fi
    if [ $# -gt 0 ]; then "$@"; else echo "$NEWSINGEST_TEST_PG"; fi
fi
