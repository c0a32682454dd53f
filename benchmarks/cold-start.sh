#!/usr/bin/env bash
# Cold start to the first secret value, whole-process, against a local moto (started on 127.0.0.1 unless
# MOTO_ENDPOINT is set). Usage: benchmarks/cold-start.sh [rounds] [variants...]
# Variants: sdk-sync awskit-sync awskit-async sdk-async caching-java powertools (default: all, 8 rounds).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f benchmarks/target/benchmarks.jar || -n "${REBUILD:-}" ]]; then
  mvn -B -ntp -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
fi
exec java -cp benchmarks/target/benchmarks.jar dev.awskit.benchmarks.coldstart.ColdStartBenchmark "$@"
