#!/usr/bin/env bash
# Issue 21's benchmark in one command (not a test): compiles the application, starts a throwaway PostgreSQL cluster
# (as .ci/run does; the H2 file database when PostgreSQL is not installed), runs bench/src/com/certhall/bench/
# PkiBenchmark in a JVM limited to a 512 MB heap, and writes the figures into docs/benchmarks.md between the
# "bench:pki" markers (and target/pki-benchmark.md). Usage: bench/run.sh [seconds-per-figure]
# MVN overrides the Maven command (e.g. MVN="mvn -o -q -B"); -Dcerthall.pki.conscrypt=false in JAVA_OPTS measures
# the Bouncy Castle fallback.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_FIGURE=${1:-2}
MVN=${MVN:-mvn -q -B}

$MVN -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
    -Dmdep.includeScope=runtime
CP="target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-classes
javac -encoding UTF-8 -cp "$CP" -d target/bench-classes bench/src/com/certhall/bench/{PkiBenchmark,HttpLoad,Peers,CrlBench,Report}.java

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

TOOLS=""
for tool in wrk h2load nginx; do
    if command -v "$tool" >/dev/null; then TOOLS="$TOOLS $tool:yes"; else TOOLS="$TOOLS $tool:absent"; fi
done

# shellcheck disable=SC2086
java -Xmx512m ${JAVA_OPTS:-} -cp "target/bench-classes:$CP" com.certhall.bench.PkiBenchmark \
    target/pki-benchmark.md "$PG_URL" "$SECONDS_PER_FIGURE"
printf '\nLoad generators and references on this machine:%s (the Java load generator of bench/ was used).\n' \
    "$TOOLS" >> target/pki-benchmark.md

python3 - docs/benchmarks.md target/pki-benchmark.md <<'PY'
import sys, re
doc, figures = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(doc, encoding="utf-8").read()
start, end = "<!-- bench:pki:start -->", "<!-- bench:pki:end -->"
text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda m: start + "\n" + figures.strip() + "\n" + end,
              text, flags=re.S)
open(doc, "w", encoding="utf-8").write(text)
PY
