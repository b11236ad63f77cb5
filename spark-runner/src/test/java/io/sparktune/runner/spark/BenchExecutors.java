package io.sparktune.runner.spark;

import io.sparktune.executor.TrialExecutor;
import io.sparktune.executor.local.LocalTrialExecutor;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.StudyStore;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.study.Study;
import io.sparktune.study.StudyListener;
import io.sparktune.study.StudyOutcome;
import io.sparktune.study.StudyRunner;
import io.sparktune.trainer.Trainers;
import io.sparktune.trial.TrialState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The executors the Spark benchmarks compare: local threads (the baseline) and Spark in both
 * dispatch modes, each running a whole study through the study runner on an in-memory store.
 */
enum BenchExecutors {
    THREADS("local threads (LocalTrialExecutor)"),
    JOBS("Spark local[2], one job per trial"),
    WORKERS("Spark local[2], pull workers");

    private static final AtomicInteger RUNS = new AtomicInteger();

    final String label;

    BenchExecutors(String label) {
        this.label = label;
    }

    /** What one timed run gave. */
    record Timed(double seconds, StudyOutcome outcome) {
    }

    /**
     * Runs the study {@code json} (its name made unique) and times it whole: the executor's start,
     * every trial, and its close.
     */
    Timed run(JavaSparkContext spark, String json) {
        String unique = json.replaceFirst("\"name\": \"([^\"]*)\"",
                "\"name\": \"$1-" + name().toLowerCase() + "-" + RUNS.incrementAndGet() + "\"");
        StudySpec spec = StudySpecReader.read(unique, Path.of("."));
        StudyStore store = new InMemoryStudyStore(spec.objective().direction());
        Clock clock = Clock.systemUTC();
        Study study = new Study(spec.name(), spec.seed(), spec.space(), Samplers.create(spec.strategy()),
                Schedulers.create(spec.scheduler()), store, clock);
        try (InProcessStoreAccess access = InProcessStoreAccess.register(spec.name(), store)) {
            long start = System.nanoTime();
            StudyOutcome outcome;
            try (TrialExecutor executor = executor(spark, StudyHandle.of(access, spec.name(), unique, spec), spec)) {
                outcome = new StudyRunner(study, spec.budget(), executor, StudyListener.NONE, clock).run();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long completed = outcome.history().count(TrialState.COMPLETED);
            if (completed != outcome.history().size()) {
                throw new IllegalStateException(label + ": only " + completed + " of " + outcome.history().size()
                        + " trials completed: " + outcome.message());
            }
            return new Timed(seconds, outcome);
        }
    }

    private TrialExecutor executor(JavaSparkContext spark, StudyHandle handle, StudySpec spec) {
        int slots = spec.budget().maxConcurrent();
        return switch (this) {
            case THREADS -> new LocalTrialExecutor(Trainers.create(spec.trainer(), spec.trainerSetup()), slots);
            case JOBS -> new SparkTrialExecutor(spark, handle,
                    SparkExecutorSettings.defaults(slots).withDispatch(Dispatch.JOB_PER_TRIAL));
            case WORKERS -> new SparkTrialExecutor(spark, handle,
                    SparkExecutorSettings.defaults(slots).withDispatch(Dispatch.PULL_WORKERS));
        };
    }

    /** A random search on Branin in two dimensions with {@code trainer} as the trainer object. */
    static String study(String name, int trials, int concurrent, String trainer) {
        return SparkStudies.study(name, trials, concurrent, trainer, "");
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
