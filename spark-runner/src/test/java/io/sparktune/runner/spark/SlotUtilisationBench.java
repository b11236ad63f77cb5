package io.sparktune.runner.spark;

import java.util.List;

/**
 * Slot utilisation, as Ray Tune's release test measures it: TRIALS trials (40) that each sleep
 * SLEEP_MS (1000) with maxConcurrent = 2; utilisation = time in trials / (slots x wall time), where
 * the time in trials is TRIALS x SLEEP_MS and the wall time runs from the executor's start to its
 * close. Each set-up of {@link BenchExecutors} but local threads on Hazelcast runs it, in one JVM
 * that also holds Spark {@code local[2]} and a Hazelcast member; local threads on the in-memory
 * store are the baseline. Every set-up first runs a short warm-up study; then the set-ups take
 * turns, REPEATS rounds, and the median wall time of each counts. Arguments: TRIALS (40), SLEEP_MS
 * (1000), REPEATS (3).
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
        List<BenchExecutors> setups = BenchExecutors.ALL.stream()
                .filter(s -> s.kind() != BenchExecutors.Kind.THREADS || s.store() == BenchExecutors.Store.MEMORY)
                .toList();
        try (BenchExecutors.Machine machine = BenchExecutors.Machine.start("sparktune-utilisation-bench")) {
            double[][] walls = new double[setups.size()][repeats];
            for (BenchExecutors setup : setups) {
                setup.run(machine, warmUp);
            }
            for (int r = 0; r < repeats; r++) {
                for (int s = 0; s < setups.size(); s++) {
                    walls[s][r] = setups.get(s).run(machine, json).seconds();
                }
            }
            System.out.printf("%d trials of %d ms each, maxConcurrent %d; median of %d runs%n", trials, sleepMs, SLOTS,
                    repeats);
            System.out.printf("%-52s %8s %8s %11s %12s%n", "executor + store", "wall s", "ideal s", "utilisation",
                    "vs baseline");
            double inTrials = trials * sleepMs / 1000.0;
            double baseline = inTrials / (SLOTS * BenchExecutors.median(walls[0]));
            for (int s = 0; s < setups.size(); s++) {
                double wall = BenchExecutors.median(walls[s]);
                double utilisation = inTrials / (SLOTS * wall);
                System.out.printf("%-52s %8.3f %8.3f %10.2f%% %11.4fx%n", setups.get(s).label(), wall, inTrials / SLOTS,
                        100 * utilisation, utilisation / baseline);
            }
            System.out.println("target: utilisation >= 97% (Ray Tune's release test reaches about 87%)");
        }
    }
}
