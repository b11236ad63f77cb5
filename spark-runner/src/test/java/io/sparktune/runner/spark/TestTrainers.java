package io.sparktune.runner.spark;

import io.sparktune.scheduler.Verdict;
import io.sparktune.spec.Options;
import io.sparktune.store.StudyStore;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrainerFactory;
import io.sparktune.trainer.TrainerSetup;
import io.sparktune.trainer.TrialContext;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;

/**
 * Trainers registered for spark-runner's tests and benchmarks only (test resources). An executor
 * rebuilds its trainer from the study file, so a test's trainer must be one the registry knows;
 * these keep what the tests check in static maps, keyed by study name, which works because Spark's
 * local mode runs executors in the test's own JVM.
 */
public final class TestTrainers {

    /** How often each study ran each (trial, attempt): "trial/attempt" to count. */
    static final ConcurrentMap<String, ConcurrentMap<String, AtomicInteger>> RUNS = new ConcurrentHashMap<>();
    /** The verdicts heard by reports of attempts that had been replaced, by study. */
    static final ConcurrentMap<String, Verdict> LATE_VERDICTS = new ConcurrentHashMap<>();
    /** The studies whose sleeping trainer was interrupted. */
    static final java.util.Set<String> INTERRUPTED = ConcurrentHashMap.newKeySet();
    /** The store a frozen worker watches, by study. */
    static final ConcurrentMap<String, StudyStore> STORES = new ConcurrentHashMap<>();

    private TestTrainers() {
    }

    static int runs(String study, int number, int attempt) {
        AtomicInteger count = RUNS.getOrDefault(study, new ConcurrentHashMap<>()).get(number + "/" + attempt);
        return count == null ? 0 : count.get();
    }

    private static void count(String study, TrialContext context) {
        RUNS.computeIfAbsent(study, s -> new ConcurrentHashMap<>())
                .computeIfAbsent(context.number() + "/" + context.attempt(), k -> new AtomicInteger()).incrementAndGet();
    }

    private static double x0(TrialContext context) {
        return ((Number) context.params().get("x0")).doubleValue();
    }

    /** {@code "test-sleep"}: sleeps {@code millis} (default 1000) and returns x0; notes an interrupt. */
    public static final class Sleep implements TrainerFactory {
        @Override
        public String type() {
            return "test-sleep";
        }

        @Override
        public Trainer create(Options options, TrainerSetup setup) {
            long millis = options.getLong("millis", 1000, 0, 3_600_000);
            return context -> {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    INTERRUPTED.add(setup.studyName());
                    throw e;
                }
                return x0(context);
            };
        }
    }

    /** {@code "test-throws"}: trials whose number is 1 modulo 3 throw; the others report once and return x0. */
    public static final class Throws implements TrainerFactory {
        @Override
        public String type() {
            return "test-throws";
        }

        @Override
        public Trainer create(Options options, TrainerSetup setup) {
            return context -> {
                if (context.number() % 3 == 1) {
                    throw new IllegalStateException("CUDA out of memory in trial " + context.number());
                }
                context.reporter().report(1, x0(context));
                return x0(context);
            };
        }
    }

    /** What a worker does when its executor dies under it: an error no trainer code catches. */
    static final class SimulatedExecutorLoss extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedExecutorLoss(String message) {
            super(message, null, false, false); // no stack trace: Spark logs the failed task with it
        }
    }

    /**
     * {@code "test-dies-once"}: attempt 0 of trial 0, in the first Spark task that runs it, dies as
     * its executor would; every run is counted.
     */
    public static final class DiesOnce implements TrainerFactory {
        @Override
        public String type() {
            return "test-dies-once";
        }

        @Override
        public Trainer create(Options options, TrainerSetup setup) {
            return context -> {
                count(setup.studyName(), context);
                TaskContext task = TaskContext.get();
                if (context.number() == 0 && context.attempt() == 0 && task != null && task.attemptNumber() == 0) {
                    throw new SimulatedExecutorLoss("the executor of trial 0 died");
                }
                context.reporter().report(1, x0(context));
                return x0(context);
            };
        }
    }

    /**
     * {@code "test-frozen"}: attempt 0 of trial 0 freezes (no report; the test's store drops its
     * heartbeats) until the store shows a newer attempt, then reports late and returns 999; attempt
     * 1 waits for that late report, so it happens while the study still runs; every other run
     * reports once and returns x0.
     */
    public static final class Frozen implements TrainerFactory {
        @Override
        public String type() {
            return "test-frozen";
        }

        @Override
        public Trainer create(Options options, TrainerSetup setup) {
            String study = setup.studyName();
            return context -> {
                count(study, context);
                if (context.number() == 0 && context.attempt() == 0) {
                    StudyStore store = STORES.get(study);
                    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                    while (store.trial(0).orElseThrow().attemptIndex() == 0 && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    LATE_VERDICTS.put(study, context.reporter().report(1, 999));
                    return 999;
                }
                long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
                while (context.number() == 0 && !LATE_VERDICTS.containsKey(study) && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                context.reporter().report(1, x0(context));
                return x0(context);
            };
        }
    }
}
