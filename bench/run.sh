#!/usr/bin/env bash
# Issue 21's benchmark in one command (not a test): packages the application (target/certhall.jar), starts a
# throwaway PostgreSQL cluster (as .ci/run does; the H2 file database when PostgreSQL is not installed) and nginx (one
# worker, loopback, the reference), runs bench/src/com/certhall/bench/PkiBenchmark from the packaged jar in a JVM
# limited to a 512 MB heap, with wrk as the HTTP load generator and `openssl ocsp` as the peer responder, and writes
# the figures into docs/benchmarks.md between the "bench:pki" markers (and target/pki-benchmark.md).
# Usage: bench/run.sh [seconds-per-figure]. It installs nothing: without wrk the Java generator of bench/ is used and
# the ratios to nginx are left out (Debian: apt-get install wrk nginx-light).
# MVN overrides the Maven command (e.g. MVN="mvn -o -q -B"); -Dcerthall.pki.engine=conscrypt (or bouncy-castle) in
# JAVA_OPTS measures that engine as the CA's; the raw per-provider figures (BC, Conscrypt, ACCP) come in every run.
# CERTHALL_BENCH_PG_OPTS adds server options to the throwaway cluster (e.g. "-c log_autovacuum_min_duration=0
# -c log_checkpoints=on"), and KEEP_PG_LOG=<file> keeps a copy of its log when it stops.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_FIGURE=${1:-2}
MVN=${MVN:-mvn -q -B}

# BENCH_JAR=<a jar built before> measures that jar instead of packaging the working tree (for runs of one part
# side by side: the jar of one change, then another's).
JAR=${BENCH_JAR:-target/certhall.jar}
[ -n "${BENCH_JAR:-}" ] || $MVN -Dmaven.test.skip=true package
# The benchmark compiles against what the jar holds (its classes and nested libraries).
rm -rf target/bench-classes target/bench-jar && mkdir -p target/bench-classes target/bench-jar
JAR=$(realpath "$JAR")
(cd target/bench-jar && unzip -q "$JAR" 'BOOT-INF/*')
CP="target/bench-jar/BOOT-INF/classes:target/bench-jar/BOOT-INF/lib/*"
javac -encoding UTF-8 -cp "$CP" -d target/bench-classes \
    bench/src/com/certhall/bench/{PkiBenchmark,HttpLoad,Wrk,References,Applicant,Peers,CrlBench,Report,RawCrypto,CpuWindow,SideBySide,Verdicts,HttpVerdicts}.java

PG_URL="-"
PG_OPT=""
. bench/pg.sh
find_pg
if [ -n "$PG_BIN" ]; then
    start_pg "${CERTHALL_BENCH_PG_PORT:-55439}" certhall-bench-pg bench "${CERTHALL_BENCH_PG_OPTS:-}"
    PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/bench"
    # The postmaster's pid: the benchmark reads its processes' CPU from /proc during the batch figure.
    PG_OPT="-Dcerthall.bench.pg-pid=$(as_pg head -n 1 "$PG_DIR/data/postmaster.pid")"
    if [ -n "${BENCH_BEFORE_JAR:-}" ]; then
        "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database before" >/dev/null
    fi
fi

TOOLS=""
for tool in wrk nginx openssl; do
    if command -v "$tool" >/dev/null; then TOOLS="$TOOLS $tool"; else TOOLS="$TOOLS $tool:absent"; fi
done

# nginx, one worker on a loopback port, serving the files PkiBenchmark writes under $NGINX_DIR/www. POST to a static
# file is 405 in nginx; error_page turns it into the file's 200, so nginx answers the same OCSP POSTs.
NGINX_OPT=""
NGINX_BIN=$(command -v nginx || ls /usr/sbin/nginx 2>/dev/null || true)
if [ -n "$NGINX_BIN" ]; then
    NGINX_PORT=${CERTHALL_BENCH_NGINX_PORT:-55480}
    NGINX_DIR=$(mktemp -d /tmp/certhall-bench-nginx.XXXXXX)
    chmod 755 "$NGINX_DIR" && mkdir -p "$NGINX_DIR/www" "$NGINX_DIR/tmp" && chmod 755 "$NGINX_DIR/www"
    cat > "$NGINX_DIR/nginx.conf" <<EOF
worker_processes 1;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $NGINX_DIR/tmp; proxy_temp_path $NGINX_DIR/tmp; fastcgi_temp_path $NGINX_DIR/tmp;
    uwsgi_temp_path $NGINX_DIR/tmp; scgi_temp_path $NGINX_DIR/tmp;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $NGINX_DIR/www;
        location = /pki/ocsp { default_type application/ocsp-response; error_page 405 =200 \$uri; }
        location / { default_type application/json; }
    }
}
EOF
    "$NGINX_BIN" -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR"
    stop_nginx() { kill "$(cat "$NGINX_DIR/nginx.pid")" 2>/dev/null || true; rm -rf "$NGINX_DIR"; }
    if [ -n "${PG_DIR:-}" ]; then trap 'stop_nginx; stop_pg' EXIT; else trap stop_nginx EXIT; fi
    NGINX_OPT="-Dcerthall.bench.nginx=$NGINX_PORT:$NGINX_DIR/www"
fi

# BENCH_BEFORE_JAR=<an earlier build's jar> first measures the applicant API with that jar in the same setting
# (same PostgreSQL, nginx and load), for a before/after comparison side by side in one run; BENCH_BEFORE_PARTS names
# other parts for it (e.g. batch, or crypto,ocsp; its figures in target/pki-benchmark-before.md).
if [ -n "${BENCH_BEFORE_JAR:-}" ]; then
    # shellcheck disable=SC2086
    java -Xmx512m ${JAVA_OPTS:-} $NGINX_OPT $PG_OPT -Dcerthall.bench.parts="${BENCH_BEFORE_PARTS:-api}" \
        -Dloader.path=target/bench-classes -Dloader.main=com.certhall.bench.PkiBenchmark -cp "$BENCH_BEFORE_JAR" \
        org.springframework.boot.loader.launch.PropertiesLauncher target/pki-benchmark-before.md \
        "$( [ "$PG_URL" = "-" ] && echo - || echo "${PG_URL%/bench}/before")" "$SECONDS_PER_FIGURE" \
        | tee target/bench-before.log | grep -E '^(api-|nginx-)' > target/api-before.txt || true
    [ "$PG_URL" = "-" ] || "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "drop database before" || true
fi

# The packaged jar, its main class swapped for the benchmark (Spring Boot's PropertiesLauncher, loader.path).
# shellcheck disable=SC2086
java -Xmx512m ${JAVA_OPTS:-} $NGINX_OPT $PG_OPT -Dloader.path=target/bench-classes \
    -Dloader.main=com.certhall.bench.PkiBenchmark -cp "$JAR" \
    org.springframework.boot.loader.launch.PropertiesLauncher target/pki-benchmark.md "$PG_URL" "$SECONDS_PER_FIGURE"
if command -v wrk >/dev/null; then GENERATOR="wrk (a separate process)"; else
    GENERATOR="the Java generator of bench/ (wrk absent), in the benchmark's JVM"; fi
printf '\nTools on this machine:%s. HTTP load generator: %s.\n' "$TOOLS" "$GENERATOR" >> target/pki-benchmark.md

# A run of some parts only (-Dcerthall.bench.parts=…) leaves the full run's figures in docs/benchmarks.md alone.
case "${JAVA_OPTS:-}" in *certhall.bench.parts=*) [[ "${JAVA_OPTS}" == *certhall.bench.parts=all* ]] || {
    echo "parts only: figures in target/pki-benchmark.md, docs/benchmarks.md not changed"; exit 0; } ;; esac
python3 - docs/benchmarks.md target/pki-benchmark.md <<'PY'
import sys, re
doc, figures = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(doc, encoding="utf-8").read()
start, end = "<!-- bench:pki:start -->", "<!-- bench:pki:end -->"
text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda m: start + "\n" + figures.strip() + "\n" + end,
              text, flags=re.S)
open(doc, "w", encoding="utf-8").write(text)
PY
