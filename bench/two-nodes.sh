#!/usr/bin/env bash
# Issue 19's two-node check in one command (not a test): builds target/certhall.jar once (SKIP_BUILD=1 reuses it),
# starts a throwaway PostgreSQL cluster (as .ci/run does), then bench/two_nodes.py starts two application nodes on it
# (the sandbox profile, explicitly enabled on loopback, sharing one data directory as an NFS mount would be shared)
# and HAProxy in front, walks an applicant's journey through the proxy while one node is killed and restarted, and
# checks that nothing was lost or duplicated. Output: target/two-nodes.txt (copied into docs/deployment.md by hand).
# Needs: java 17, python3, haproxy, openssl and PostgreSQL's server binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
MVN=${MVN:-mvn -q -B}

for tool in haproxy openssl python3; do
    command -v "$tool" >/dev/null || { echo "two-nodes: $tool is missing (apt-get install haproxy openssl python3)"; exit 2; }
done
if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f target/certhall.jar ]; then
    $MVN -DskipTests package
fi

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || { echo "two-nodes: PostgreSQL server binaries are missing"; exit 2; }
PG_PORT=${CERTHALL_TWO_NODES_PG_PORT:-55441}
PG_DIR=$(mktemp -d /tmp/certhall-two-nodes-pg.XXXXXX)
chmod 755 "$PG_DIR"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_DIR"; else sudo chown postgres:postgres "$PG_DIR"; fi
as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
stop_pg() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
trap stop_pg EXIT
"$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database certhall" >/dev/null

mkdir -p target
python3 bench/two_nodes.py --jar target/certhall.jar --pg-port "$PG_PORT" --psql "$PG_BIN/psql" \
    --work "$(mktemp -d /tmp/certhall-two-nodes.XXXXXX)" 2>&1 | tee target/two-nodes.txt
exit "${PIPESTATUS[0]}"
