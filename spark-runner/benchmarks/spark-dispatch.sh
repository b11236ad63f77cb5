#!/usr/bin/env bash
# Dispatch overhead of the Spark trial executor: TRIALS (default 500) no-op `function` trials through
# Spark local[2] + the Hazelcast store (a member in the same JVM, as `sparktune run` has it), in both
# dispatch modes (one job per trial, pull workers), against the local thread executor on the
# in-memory store, all in one JVM and one run; also Spark on the in-memory store and threads on
# Hazelcast, to tell Spark's share from the store's. Prints trials/s of each and the ratio against
# the baseline (the median of REPEATS runs, default 5, after a warm-up run of each). Not part of CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
source "$here/spark-bench-classpath.sh"
echo "load average before: $(cut -d" " -f1-3 /proc/loadavg) ($(nproc) cores)"
OMP_NUM_THREADS=1 SPARK_LOCAL_IP=127.0.0.1 java @"$root/spark-runner/src/main/jvm/jvm.args" -cp "$classpath" \
  io.sparktune.runner.spark.DispatchOverheadBench "${TRIALS:-500}" "${REPEATS:-5}"
echo "load average after: $(cut -d" " -f1-3 /proc/loadavg)"
