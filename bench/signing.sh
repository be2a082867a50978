#!/usr/bin/env bash
# Cloud signing benchmark of issue 15 (not a test): compiles the application and the tests (for the orders fixtures
# that make a holder's order in-process), boots the application on a throwaway H2 file database in a JVM limited to
# a 512 MB heap, and measures signHash per second against raw signing with the same key (P-256, RSA 2048, SM2), one
# thread, through the service layer and over HTTP. Writes the table into docs/benchmarks.md between the
# "bench:signing" markers (and target/signing-benchmark.md). Usage: bench/signing.sh [seconds-per-figure]
# MVN overrides the Maven command (e.g. MVN="mvn -o -q -B").
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_FIGURE=${1:-2}
MVN=${MVN:-mvn -q -B}

$MVN -DskipTests process-test-classes dependency:build-classpath -Dmdep.outputFile=target/bench-signing-classpath.txt
CP="target/classes:target/test-classes:$(cat target/bench-signing-classpath.txt)"
mkdir -p target/bench-classes
javac -proc:none -encoding UTF-8 -cp "$CP" -d target/bench-classes bench/src/com/certhall/bench/SigningBenchmark.java
# shellcheck disable=SC2086
java -Xmx512m ${JAVA_OPTS:-} -cp "target/bench-classes:$CP" com.certhall.bench.SigningBenchmark \
    target/signing-benchmark.md "$SECONDS_PER_FIGURE"

python3 - docs/benchmarks.md target/signing-benchmark.md <<'PY'
import sys, re
doc, figures = sys.argv[1], open(sys.argv[2], encoding="utf-8").read()
text = open(doc, encoding="utf-8").read()
start, end = "<!-- bench:signing:start -->", "<!-- bench:signing:end -->"
text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda m: start + "\n" + figures.strip() + "\n" + end,
              text, flags=re.S)
open(doc, "w", encoding="utf-8").write(text)
PY
