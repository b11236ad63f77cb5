package io.sparktune.runner.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.runner.spark.AttemptOutcome.Completed;
import io.sparktune.runner.spark.AttemptOutcome.Failed;
import io.sparktune.runner.spark.AttemptOutcome.NotRun;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.StudyStore;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.study.Study;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An attempt as an executor runs it, without Spark: the store and the trainer in this JVM. */
class AttemptRunnerTest {

    private final StudyStore store = new InMemoryStudyStore(Direction.MINIMIZE);
    private InProcessStoreAccess access;

    @AfterEach
    void forgetStore() {
        access.close();
    }

    private AttemptRunner runner(String name, String trainer) {
        String json = SparkStudies.study(name, 1, 1, trainer, "");
        StudySpec spec = StudySpecReader.read(json, Path.of("."));
        access = InProcessStoreAccess.register(name, store);
        return new AttemptRunner(StudyHandle.of(access, name, json, spec), Duration.ofSeconds(10), Clock.systemUTC());
    }

    private AttemptOrder ask(String json) {
        StudySpec spec = StudySpecReader.read(json, Path.of("."));
        Trial trial = new Study(spec.name(), 3, spec.space(), Samplers.create(spec.strategy()), Scheduler.none(), store,
                Clock.systemUTC()).ask().orElseThrow();
        return new AttemptOrder(trial.number(), trial.attemptIndex(), trial.params(), 11);
    }

    @Test
    void anAttemptClaimedByAnotherWorkerIsNotTrained() {
        String name = "claimed-elsewhere";
        AttemptRunner runner = runner(name, "{\"type\": \"test-dies-once\"}");
        AttemptOrder order = ask(SparkStudies.study(name, 1, 1, "{\"type\": \"test-dies-once\"}", ""));
        assertTrue(store.claim(0, 0, "executor 1 on 10.0.0.5, task 3", Instant.now()));

        AttemptOutcome outcome = runner.run(order, "executor 2 on 10.0.0.6, task 9");

        NotRun notRun = assertInstanceOf(NotRun.class, outcome);
        assertEquals("trial 0 attempt 0 was claimed by executor 1 on 10.0.0.5, task 3 before executor 2 on 10.0.0.6,"
                + " task 9", notRun.why());
        assertEquals(0, TestTrainers.runs(name, 0, 0), "the trainer ran");
    }

    @Test
    void anAttemptThatNoLongerRunsIsNotTrained() {
        String name = "replaced-attempt";
        AttemptRunner runner = runner(name, "{\"type\": \"test-dies-once\"}");
        AttemptOrder order = ask(SparkStudies.study(name, 1, 1, "{\"type\": \"test-dies-once\"}", ""));
        store.finish(0, io.sparktune.trial.TrialState.STALE, null, "lost", Instant.now());
        store.retry(0, Instant.now());

        NotRun notRun = assertInstanceOf(NotRun.class, runner.run(order, "executor 1 on h, task 1"));

        assertEquals("trial 0 attempt 0 no longer runs: the trial is at attempt 1, running", notRun.why());
        assertEquals(0, TestTrainers.runs(name, 0, 0));
    }

    @Test
    void aCompletedAttemptStoredItsReportsAndItsWorker() {
        String name = "completes";
        String trainer = "{\"type\": \"function\", \"name\": \"branin\", \"steps\": 3}";
        AttemptRunner runner = runner(name, trainer);
        AttemptOrder order = ask(SparkStudies.study(name, 1, 1, trainer, ""));

        Completed completed = assertInstanceOf(Completed.class, runner.run(order, "executor 7 on h, task 2"));

        Trial trial = store.trial(0).orElseThrow();
        assertEquals(List.of(1L, 2L, 3L), trial.reports().stream().map(Report::step).toList());
        assertEquals(trial.lastReport().orElseThrow().value(), completed.value());
        assertEquals("executor 7 on h, task 2", trial.worker());
    }

    @Test
    void aTrainersExceptionComesBackAsItsMessage() {
        String name = "throws-here";
        AttemptRunner runner = runner(name, "{\"type\": \"test-throws\"}");
        String json = SparkStudies.study(name, 2, 1, "{\"type\": \"test-throws\"}", "");
        ask(json);
        AttemptOrder second = ask(json);

        Failed failed = assertInstanceOf(Failed.class, runner.run(second, "executor 1 on h, task 1"));

        assertEquals(new Failed(1, 0, "CUDA out of memory in trial 1"), failed);
    }

    @Test
    void aStudyThatCannotBePreparedFailsTheAttemptWithTheReason() {
        String name = "unreachable";
        AttemptRunner runner = runner(name, "{\"type\": \"test-throws\"}");
        AttemptOrder order = ask(SparkStudies.study(name, 1, 1, "{\"type\": \"test-throws\"}", ""));
        access.close();

        Failed failed = assertInstanceOf(Failed.class, runner.run(order, "executor 1 on h, task 1"));

        assertEquals("no store of study \"unreachable\" is registered in this process: an in-process store serves"
                + " executors of Spark's local mode only", failed.reason());
    }
}
