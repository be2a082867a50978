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

. bench/pg.sh
find_pg
[ -n "$PG_BIN" ] || { echo "two-nodes: PostgreSQL server binaries are missing"; exit 2; }
start_pg "${CERTHALL_TWO_NODES_PG_PORT:-55441}" certhall-two-nodes-pg certhall "-c max_connections=200"

mkdir -p target
python3 bench/two_nodes.py --jar target/certhall.jar --pg-port "$PG_PORT" --psql "$PG_BIN/psql" \
    --work "$(mktemp -d /tmp/certhall-two-nodes.XXXXXX)" 2>&1 | tee target/two-nodes.txt
exit "${PIPESTATUS[0]}"
