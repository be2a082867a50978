#!/usr/bin/env bash
# Cloud signing benchmark of issue 15 (not a test): compiles the application and the tests (for the orders fixtures
# that make a holder's order in-process), boots the application on a throwaway H2 file database in a JVM limited to
# a 512 MB heap, and measures signHash per second against raw signing with the same key (P-256, RSA 2048, SM2), one
# thread, through the service layer and over HTTP. Writes the table into docs/benchmarks.md between the
# "bench:signing" markers (and target/signing-benchmark.md). Usage: bench/signing.sh [seconds-per-figure]
# MVN overrides the Maven command (e.g. MVN="mvn -o -q -B"). SIGNING_TOKEN=softhsm keeps the P-256 and RSA keys on a
# fresh SoftHSM2 token (PKCS#11, docs/pki.md) and writes between the "bench:signing-softhsm" markers instead;
# -Dcerthall.bench.keys=EC_P256,RSA_2048 in JAVA_OPTS limits the keys measured; SIGNING_DB=postgresql runs it on a
# throwaway PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_FIGURE=${1:-2}
MVN=${MVN:-mvn -q -B}

$MVN -DskipTests process-test-classes dependency:build-classpath -Dmdep.outputFile=target/bench-signing-classpath.txt
CP="target/classes:target/test-classes:$(cat target/bench-signing-classpath.txt)"
mkdir -p target/bench-classes
javac -proc:none -encoding UTF-8 -cp "$CP" -d target/bench-classes bench/src/com/certhall/bench/SigningBenchmark.java
TOKEN_OPTS=""
MARKER=signing
if [ "${SIGNING_TOKEN:-}" = softhsm ]; then
    LIBRARY=/usr/lib/softhsm/libsofthsm2.so
    command -v softhsm2-util >/dev/null && [ -f "$LIBRARY" ] || { echo "SoftHSM2 is not installed" >&2; exit 1; }
    rm -rf target/bench-softhsm && mkdir -p target/bench-softhsm/tokens
    export SOFTHSM2_CONF=$PWD/target/bench-softhsm/softhsm2.conf
    printf 'directories.tokendir = %s\nobjectstore.backend = file\nlog.level = ERROR\n' \
        "$PWD/target/bench-softhsm/tokens" > "$SOFTHSM2_CONF"
    SLOT=$(softhsm2-util --init-token --free --label certhall-bench --so-pin 12345678 --pin 1234 \
        | sed -n 's/.*reassigned to slot \([0-9]*\).*/\1/p')
    TOKEN_OPTS="-Dcerthall.pki.key-store=pkcs11 -Dcerthall.pki.pkcs11.library=$LIBRARY \
        -Dcerthall.pki.pkcs11.slot=$SLOT -Dcerthall.pki.pkcs11.pin=1234 -Dcerthall.pki.rsa-root-bits=2048"
    MARKER=signing-softhsm
fi
# SIGNING_DB=postgresql: a throwaway PostgreSQL cluster (as bench/run.sh starts one) instead of the H2 file database;
# the figures go between the "bench:signing-postgresql" markers
DB_OPTS=""
if [ "${SIGNING_DB:-}" = postgresql ]; then
    . bench/pg.sh
    find_pg
    [ -n "$PG_BIN" ] || { echo "PostgreSQL is not installed" >&2; exit 1; }
    start_pg "${CERTHALL_BENCH_PG_PORT:-55441}" certhall-signing-pg
    # the bench reads its SMS codes from the sandbox, which refuses to start on PostgreSQL unless asked explicitly
    DB_OPTS="-Dspring.datasource.url=jdbc:postgresql://127.0.0.1:$PG_PORT/bench -Dspring.datasource.username=postgres \
        -Dspring.datasource.password= -Dcerthall.sandbox.enabled=true"
    MARKER=$MARKER-postgresql
fi
# shellcheck disable=SC2086
# certhall.bench: the test classes (for the order fixtures) bring no test database of their own here
java -Xmx512m -Dcerthall.bench=true $TOKEN_OPTS $DB_OPTS ${JAVA_OPTS:-} -cp "target/bench-classes:$CP" com.certhall.bench.SigningBenchmark \
    "target/$MARKER-benchmark.md" "$SECONDS_PER_FIGURE"

python3 - docs/benchmarks.md "target/$MARKER-benchmark.md" "$MARKER" <<'PY'
import sys, re
doc, figures = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(doc, encoding="utf-8").read()
start, end = "<!-- bench:%s:start -->" % sys.argv[3], "<!-- bench:%s:end -->" % sys.argv[3]
text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda m: start + "\n" + figures.strip() + "\n" + end,
              text, flags=re.S)
open(doc, "w", encoding="utf-8").write(text)
PY
