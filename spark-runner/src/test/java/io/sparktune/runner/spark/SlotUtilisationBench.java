package io.sparktune.runner.spark;

import org.apache.spark.api.java.JavaSparkContext;

/**
 * Slot utilisation, as Ray Tune's release test measures it: TRIALS trials (40) that each sleep
 * SLEEP_MS (1000) with maxConcurrent = 2; utilisation = time in trials / (slots x wall time), where
 * the time in trials is TRIALS x SLEEP_MS and the wall time runs from the executor's start to its
 * close. Local threads are the baseline, in the same JVM. Every executor first runs a short warm-up
 * study; then the executors take turns, REPEATS rounds, and the median wall time of each counts.
 * Arguments: TRIALS (40), SLEEP_MS (1000), REPEATS (3).
 */
public final class SlotUtilisationBench {

    private static final int SLOTS = 2;

    private SlotUtilisationBench() {
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int sleepMs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String json = BenchExecutors.study("sleep", trials, SLOTS, "{\"type\": \"test-sleep\", \"millis\": " + sleepMs
                + "}");
        String warmUp = BenchExecutors.study("warm-up", 20, SLOTS, "{\"type\": \"test-sleep\", \"millis\": 10}");
        JavaSparkContext spark = LocalSpark.start("sparktune-utilisation-bench", SLOTS);
        try {
            BenchExecutors[] executors = BenchExecutors.values();
            double[][] walls = new double[executors.length][repeats];
            for (BenchExecutors executor : executors) {
                executor.run(spark, warmUp);
            }
            for (int r = 0; r < repeats; r++) {
                for (BenchExecutors executor : executors) {
                    walls[executor.ordinal()][r] = executor.run(spark, json).seconds();
                }
            }
            System.out.printf("%d trials of %d ms each, maxConcurrent %d, in-memory store; median of %d runs%n", trials,
                    sleepMs, SLOTS, repeats);
            System.out.printf("%-40s %10s %12s %11s %10s%n", "executor", "wall s", "ideal s", "utilisation",
                    "vs threads");
            double inTrials = trials * sleepMs / 1000.0;
            double baseline = inTrials / (SLOTS * BenchExecutors.median(walls[BenchExecutors.THREADS.ordinal()]));
            for (BenchExecutors executor : executors) {
                double wall = BenchExecutors.median(walls[executor.ordinal()]);
                double utilisation = inTrials / (SLOTS * wall);
                System.out.printf("%-40s %10.3f %12.3f %10.2f%% %9.4fx%n", executor.label, wall, inTrials / SLOTS,
                        100 * utilisation, utilisation / baseline);
            }
            System.out.println("target: utilisation >= 97% (Ray Tune's release test reaches about 87%)");
        } finally {
            spark.stop();
        }
    }
}
