#!/usr/bin/env bash
# Builds the bench module (and what it needs) from this working copy and runs one benchmark.
#   bench/run.sh InboundBenchmark --duration 120
#   bench/run.sh DispatcherBenchmark --messages 20000
#   bench/run.sh SummaryBenchmark --groups 1000 --weeks 4,52   # pre-group summaries (issue 5)
#   bench/run.sh SweepBenchmark --participants 10000 --groups 1000 --per-month 20
# BENCH_JAVA_OPTS adds JVM options, e.g. BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/run.jfr
# Not part of ./mvnw verify: the benchmarks are mains in bench/src/main/java.
set -euo pipefail
cd "$(dirname "$0")/.."
main="$1"; shift
./mvnw -B -o -q -pl bench -am package dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=runtime
# the core test jar would bring the test database initializer: keep it out
classpath="bench/target/classes:$(tr ':' '\n' < bench/target/bench.classpath | grep -v -- '-tests\.jar$' | paste -sd:)"
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$classpath" "org.peerpartners.companion.bench.$main" "$@"
