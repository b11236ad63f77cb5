package io.sparktune.dashboard.browser;

import com.hazelcast.core.HazelcastInstance;
import io.sparktune.dashboard.data.ControlPlaneStudy;
import io.sparktune.executor.local.LocalTrialExecutor;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.study.Study;
import io.sparktune.study.StudyListener;
import io.sparktune.study.StudyOutcome;
import io.sparktune.study.StudyRunner;
import io.sparktune.trainer.Trainer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A study's driver, as {@code sparktune run} is one, in a thread of the test: it holds the study on
 * the control plane, marks its run, heeds stop requests, and runs trials whose trainer reports an
 * epoch every {@code epoch}, so that a page watching the study sees rows come and values change.
 */
final class SlowStudyDriver {

    private SlowStudyDriver() {
    }

    /** Starts driving study {@code json} on {@code instance}; the future ends with the run. */
    static CompletableFuture<StudyOutcome> start(HazelcastInstance instance, String json, int epochs, Duration epoch) {
        StudySpec spec = StudySpecReader.read(json, Path.of("."));
        Study study = ControlPlaneStudy.create(instance, json);
        Trainer trainer = context -> {
            double x0 = ((Number) context.params().get("x0")).doubleValue();
            double x1 = ((Number) context.params().get("x1")).doubleValue();
            double value = x0 * x0 + x1;
            for (int step = 1; step <= epochs; step++) {
                Thread.sleep(epoch.toMillis());
                value = value * 0.8 + 0.1;
                if (context.reporter().report(step, value).decision() == io.sparktune.scheduler.Decision.STOP) {
                    break;
                }
            }
            return value;
        };
        HazelcastStudies studies = new HazelcastStudies(instance);
        return CompletableFuture.supplyAsync(() -> {
            try (var driver = studies.claimDriver(spec.name(), Duration.ZERO).orElseThrow();
                    LocalTrialExecutor executor = new LocalTrialExecutor(trainer, spec.budget().maxConcurrent())) {
                studies.markStarted(spec.name(), Clock.systemUTC().instant());
                StudyOutcome outcome = new StudyRunner(study, spec.budget(), executor, StudyListener.NONE,
                        Clock.systemUTC(), studies.control(spec.name())).run();
                studies.markEnded(spec.name(), Clock.systemUTC().instant(), outcome.message());
                return outcome;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }
}
