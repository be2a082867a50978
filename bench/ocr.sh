#!/usr/bin/env bash
# Recognition benchmark (not a test): compiles the application and the tests (for the generated labelled set,
# src/test/java/com/certhall/recognition/ScanSet.java), then reads every photo of the set with Tesseract and writes
# the table to target/recognition-benchmark.md (copy the figures into docs/benchmarks.md).
# Usage: bench/ocr.sh [cases-per-kind] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
PER_KIND=${1:-40}
SEED=${2:-20261205}

mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench-classes
javac -encoding UTF-8 -cp "$CP" -d target/bench-classes bench/src/com/certhall/bench/RecognitionBenchmark.java
java -cp "target/bench-classes:$CP" com.certhall.bench.RecognitionBenchmark target/recognition-benchmark.md \
    "$PER_KIND" "$SEED"
