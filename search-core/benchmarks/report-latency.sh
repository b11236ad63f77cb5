#!/usr/bin/env bash
# The report round trip, from a trial's report call to the scheduler's verdict, on the Hazelcast
# store against the in-memory store, in one run: REPORTERS (default 16) concurrent reporters,
# REPORTS (default 10000) timed reports after WARMUP (default 3000) untimed ones, each reporter on a
# running trial of its own in one study judged by ASHA, back to back (INTERVAL_MS, default 0: a pause
# between a reporter's reports, as between epochs). The Hazelcast member runs in a JVM of its own on
# 127.0.0.1; the reporters are client threads of the measuring JVM.
# Prints p50, p90, p99, max (ms) and reports/s of each store, the ratios, and whether the target
# (p99 under 10 ms on loopback) is met. Builds search-core and strategies first. Not part of CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"

echo "building search-core and strategies ..." >&2
(cd "$root" && ./mvnw -q -B -DskipTests package dependency:build-classpath -pl search-core,strategies \
  -Dmdep.includeScope=runtime -Dmdep.outputFile=target/bench.classpath) >&2
classpath="$root/strategies/target/strategies-0.1.0-SNAPSHOT.jar:$(cat "$root/strategies/target/bench.classpath")"

java_cmd="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
# What Hazelcast asks of a Java 17 JVM for its own use of internal APIs.
hazelcast_opens=(--add-modules java.se --add-exports java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens java.base/java.lang=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens java.management/sun.management=ALL-UNNAMED
  --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED)
exec "$java_cmd" "${hazelcast_opens[@]}" -cp "$classpath" io.sparktune.strategies.bench.ReportLatency \
  --reporters "${REPORTERS:-16}" --reports "${REPORTS:-10000}" --warmup "${WARMUP:-3000}" \
  --interval-ms "${INTERVAL_MS:-0}" "$@"
