package io.sparktune.runner.spark;

import java.util.List;

/**
 * Dispatch overhead: a study of no-op trials (the {@code function} trainer on Branin, no reports)
 * run through the study runner by each set-up of {@link BenchExecutors}, in one JVM that also holds
 * Spark {@code local[2]} and a Hazelcast member. Every set-up first runs the study once to warm the
 * JIT up; then the set-ups take turns, REPEATS rounds, so that none is favoured by running later.
 * Prints trials/s of each (the median of its runs) and the ratio against local threads on the
 * in-memory store. Arguments: TRIALS (500), REPEATS (5).
 */
public final class DispatchOverheadBench {

    private DispatchOverheadBench() {
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String json = BenchExecutors.study("noop", trials, 2, "{\"type\": \"function\", \"name\": \"branin\"}");
        long start = System.nanoTime();
        try (BenchExecutors.Machine machine = BenchExecutors.Machine.start("sparktune-dispatch-bench")) {
            double started = (System.nanoTime() - start) / 1e9;
            List<BenchExecutors> setups = BenchExecutors.ALL;
            double[][] rates = new double[setups.size()][repeats];
            for (BenchExecutors setup : setups) {
                setup.run(machine, json);
            }
            for (int r = 0; r < repeats; r++) {
                for (int s = 0; s < setups.size(); s++) {
                    rates[s][r] = trials / setups.get(s).run(machine, json).seconds();
                }
            }
            System.out.printf("%d no-op function trials, maxConcurrent 2; median of %d runs%n", trials, repeats);
            System.out.printf("(a Hazelcast member and Spark local[2] started in %.2f s, not counted)%n", started);
            System.out.printf("%-52s %10s %10s %12s%n", "executor + store", "trials/s", "ms/trial", "vs baseline");
            double baseline = BenchExecutors.median(rates[0]);
            for (int s = 0; s < setups.size(); s++) {
                double rate = BenchExecutors.median(rates[s]);
                System.out.printf("%-52s %10.1f %10.3f %11.4fx%n", setups.get(s).label(), rate, 1000 / rate,
                        rate / baseline);
            }
        }
    }
}
