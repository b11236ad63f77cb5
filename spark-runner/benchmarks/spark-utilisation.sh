#!/usr/bin/env bash
# Slot utilisation of the Spark trial executor: TRIALS (default 40) trials that each sleep SLEEP_MS
# (default 1000) with maxConcurrent = 2, through Spark local[2] in both dispatch modes (on the
# Hazelcast store of a member in the same JVM, and on the in-memory store) and through the local
# thread executor (in-memory store, the baseline), in one JVM and one run. Prints time in trials / (slots x wall time) of each
# (the median wall time of REPEATS runs, default 3) and the ratio against local threads. Target: at
# least 97%. Not part of CI.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(cd "$here/../.." && pwd -P)"
source "$here/spark-bench-classpath.sh"
echo "load average before: $(cut -d" " -f1-3 /proc/loadavg) ($(nproc) cores)"
OMP_NUM_THREADS=1 SPARK_LOCAL_IP=127.0.0.1 java @"$root/spark-runner/src/main/jvm/jvm.args" -cp "$classpath" \
  io.sparktune.runner.spark.SlotUtilisationBench "${TRIALS:-40}" "${SLEEP_MS:-1000}" "${REPEATS:-3}"
echo "load average after: $(cut -d" " -f1-3 /proc/loadavg)"
