package io.sparktune.runner.spark;

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
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.JavaSparkContext;

/** Study files and runs for the Spark executor's tests: a study runner on an in-memory store. */
final class SparkStudies {

    private SparkStudies() {
    }

    /** Random search on Branin with {@code trainer} (the JSON of the trainer object's other fields). */
    static String study(String name, int trials, int concurrent, String trainer, String scheduler) {
        return """
                {
                  "name": "%s",
                  "seed": 7,
                  "objective": {"metric": "value", "direction": "minimize"},
                  "space": {
                    "x0": {"type": "float", "low": -5, "high": 10},
                    "x1": {"type": "float", "low": 0, "high": 15}
                  },
                  "strategy": {"type": "random"},
                  %s
                  "budget": {"maxTrials": %d, "maxConcurrent": %d},
                  "trainer": %s
                }
                """.formatted(name, scheduler.isEmpty() ? "" : "\"scheduler\": " + scheduler + ",", trials, concurrent,
                trainer);
    }

    /** The result of one run, and the store it ran on. */
    record Ran(StudyOutcome outcome, StudyStore store) {
    }

    /**
     * Runs {@code json} on {@code store}, which the executors reach through {@code access}, with the
     * study runner and a Spark executor with {@code settings}.
     */
    static Ran run(JavaSparkContext spark, String json, SparkExecutorSettings settings, StudyStore store,
            io.sparktune.store.StoreAccess access) {
        StudySpec spec = StudySpecReader.read(json, Path.of("."));
        Clock clock = Clock.systemUTC();
        Study study = new Study(spec.name(), spec.seed(), spec.space(), Samplers.create(spec.strategy()),
                Schedulers.create(spec.scheduler()), store, clock);
        try (SparkTrialExecutor executor = new SparkTrialExecutor(spark, StudyHandle.of(access, spec.name(), json, spec),
                settings)) {
            return new Ran(new StudyRunner(study, spec.budget(), executor, StudyListener.NONE, clock).run(), store);
        }
    }

    /** Runs {@code json} through the study runner and a Spark executor with {@code settings}. */
    static Ran run(JavaSparkContext spark, String json, SparkExecutorSettings settings) {
        return run(spark, json, settings, UnaryOperator.identity());
    }

    /**
     * Runs {@code json}; executors see the store through {@code executorView} (the driver sees the
     * store itself).
     */
    static Ran run(JavaSparkContext spark, String json, SparkExecutorSettings settings,
            UnaryOperator<StudyStore> executorView) {
        StudySpec spec = StudySpecReader.read(json, Path.of("."));
        StudyStore store = new InMemoryStudyStore(spec.objective().direction());
        TestTrainers.STORES.put(spec.name(), store);
        Clock clock = Clock.systemUTC();
        Study study = new Study(spec.name(), spec.seed(), spec.space(), Samplers.create(spec.strategy()),
                Schedulers.create(spec.scheduler()), store, clock);
        try (InProcessStoreAccess access = InProcessStoreAccess.register(spec.name(), executorView.apply(store));
                SparkTrialExecutor executor = new SparkTrialExecutor(spark,
                        StudyHandle.of(access, spec.name(), json, spec), settings)) {
            StudyOutcome outcome = new StudyRunner(study, spec.budget(), executor, StudyListener.NONE, clock).run();
            return new Ran(outcome, store);
        }
    }
}
