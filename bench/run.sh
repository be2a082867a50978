#!/usr/bin/env bash
# PKI benchmark (not a test): builds the application, starts a throwaway PostgreSQL cluster (as .ci/run does), runs
# bench/src/com/certhall/bench/PkiBenchmark against the H2 file database and PostgreSQL, and writes the table to
# target/pki-benchmark.md (copy the figures into docs/benchmarks.md). Usage: bench/run.sh [seconds-per-figure]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_FIGURE=${1:-3}

mvn -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-classes
javac -q -encoding UTF-8 -cp "$CP" -d target/bench-classes $(find bench/src -name '*.java') 2>/dev/null \
  || javac -encoding UTF-8 -cp "$CP" -d target/bench-classes $(find bench/src -name '*.java')

PG_URL="-"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ]; then
    PG_PORT=${CERTHALL_BENCH_PG_PORT:-55439}
    PG_DIR=$(mktemp -d /tmp/certhall-bench-pg.XXXXXX)
    chmod 755 "$PG_DIR"
    as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$PG_DIR"; else sudo chown postgres:postgres "$PG_DIR"; fi
    as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
        -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
    stop_pg() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; }
    trap stop_pg EXIT
    "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database bench" >/dev/null
    PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/bench"
fi

java -Xmx1g -cp "target/bench-classes:$CP" com.certhall.bench.PkiBenchmark target/pki-benchmark.md "$PG_URL" \
    "$SECONDS_PER_FIGURE"
