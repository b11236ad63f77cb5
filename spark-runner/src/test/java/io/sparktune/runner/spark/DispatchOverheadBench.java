package io.sparktune.runner.spark;

import org.apache.spark.api.java.JavaSparkContext;

/**
 * Dispatch overhead: a study of no-op trials (the {@code function} trainer on Branin, no reports)
 * run through the study runner by local threads and by Spark {@code local[2]} in both dispatch
 * modes, in one JVM. Every executor first runs the study once to warm the JIT up; then the
 * executors take turns, REPEATS rounds, so that none is favoured by running later. Prints trials/s
 * of each (the median of its runs) and the ratio against local threads. Arguments: TRIALS (500),
 * REPEATS (5).
 */
public final class DispatchOverheadBench {

    private DispatchOverheadBench() {
    }

    public static void main(String[] args) {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        String json = BenchExecutors.study("noop", trials, 2, "{\"type\": \"function\", \"name\": \"branin\"}");
        long start = System.nanoTime();
        JavaSparkContext spark = LocalSpark.start("sparktune-dispatch-bench", 2);
        double sparkStart = (System.nanoTime() - start) / 1e9;
        try {
            BenchExecutors[] executors = BenchExecutors.values();
            double[][] rates = new double[executors.length][repeats];
            for (BenchExecutors executor : executors) {
                executor.run(spark, json);
            }
            for (int r = 0; r < repeats; r++) {
                for (BenchExecutors executor : executors) {
                    rates[executor.ordinal()][r] = trials / executor.run(spark, json).seconds();
                }
            }
            System.out.printf("%d no-op function trials, maxConcurrent 2, in-memory store; median of %d runs%n",
                    trials, repeats);
            System.out.printf("(Spark local[2] started in %.2f s, not counted)%n", sparkStart);
            System.out.printf("%-40s %10s %12s %10s%n", "executor", "trials/s", "ms/trial", "vs threads");
            double baseline = BenchExecutors.median(rates[BenchExecutors.THREADS.ordinal()]);
            for (BenchExecutors executor : executors) {
                double rate = BenchExecutors.median(rates[executor.ordinal()]);
                System.out.printf("%-40s %10.1f %12.3f %9.4fx%n", executor.label, rate, 1000 / rate, rate / baseline);
            }
        } finally {
            spark.stop();
        }
    }
}
