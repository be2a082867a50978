# A throwaway PostgreSQL cluster for bench/ (as .ci/run starts one), sourced by bench/run.sh, bench/signing.sh and
# bench/two-nodes.sh. find_pg sets PG_BIN (empty when PostgreSQL is not installed); start_pg PORT NAME [DATABASE]
# [SERVER OPTIONS] starts a cluster on 127.0.0.1:PORT in a fresh /tmp/NAME.XXXXXX (with the extra server options,
# e.g. "-c max_connections=200"), sets PG_PORT and PG_DIR, defines stop_pg (trapped on EXIT; it copies the server's
# log to $KEEP_PG_LOG first when that is set) and creates DATABASE
# (default "bench").
find_pg() {
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then PG_BIN=""; fi
}

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

start_pg() {
    PG_PORT=$1
    PG_DIR=$(mktemp -d "/tmp/$2.XXXXXX")
    chmod 755 "$PG_DIR"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_DIR"; else sudo chown postgres:postgres "$PG_DIR"; fi
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 ${4:-}" start >/dev/null
    stop_pg() {
        [ -z "${KEEP_PG_LOG:-}" ] || cp "$PG_DIR/log" "$KEEP_PG_LOG"
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"
    }
    trap stop_pg EXIT
    "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database ${3:-bench}" >/dev/null
}
