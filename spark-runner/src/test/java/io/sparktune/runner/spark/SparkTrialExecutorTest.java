package io.sparktune.runner.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.StudyStore;
import io.sparktune.store.hazelcast.HazelcastStoreAccess;
import io.sparktune.store.hazelcast.HazelcastStudies;
import io.sparktune.store.hazelcast.StudyRecord;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.strategies.functions.BenchmarkFunction;
import io.sparktune.strategies.functions.BenchmarkFunctions;
import io.sparktune.study.StopReason;
import io.sparktune.study.Study;
import io.sparktune.testing.LoopbackCluster;
import io.sparktune.trainer.TrialContext;
import io.sparktune.trial.Attempt;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Studies run by the study runner on Spark {@code local[2]} in this JVM, in both dispatch modes, on
 * an in-memory store that executors reach in-process. One Spark context serves every test; it
 * tries a failed task twice, as a cluster retries tasks of lost executors.
 */
class SparkTrialExecutorTest {

    private static final String WORKER = "executor driver on 127.0.0.1, task \\d+";
    /** Short, so that lost attempts are noticed quickly; long enough for a loaded machine's heartbeats. */
    private static final Duration SHORT_LEASE = Duration.ofSeconds(2);

    private static JavaSparkContext spark;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(LocalSpark.conf("sparktune-test", 2, 2));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static SparkExecutorSettings settings(Dispatch dispatch) {
        return SparkExecutorSettings.defaults(2).withDispatch(dispatch);
    }

    private static String name(String what, Dispatch dispatch) {
        return what + "-" + dispatch.cliName();
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aFunctionStudyRunsToCompletionOnSpark(Dispatch dispatch) {
        String json = SparkStudies.study(name("branin", dispatch), 24, 2,
                "{\"type\": \"function\", \"name\": \"branin\"}", "");

        SparkStudies.Ran ran = SparkStudies.run(spark, json, settings(dispatch));

        assertEquals(StopReason.MAX_TRIALS, ran.outcome().reason(), ran.outcome().message());
        History history = ran.outcome().history();
        assertEquals(24, history.size());
        BenchmarkFunction branin = BenchmarkFunctions.create("branin", 2);
        for (Trial trial : history.trials()) {
            assertEquals(TrialState.COMPLETED, trial.state(), trial.toString());
            double[] x = {(Double) trial.params().get("x0"), (Double) trial.params().get("x1")};
            assertEquals(branin.evaluate(x), trial.value(), 1e-12, trial.toString());
            assertTrue(trial.worker().matches(WORKER), trial.worker());
            assertEquals(List.of(), trial.attempts());
        }
        assertEquals(history.best(), ran.outcome().best());
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void ashaPrunesTrialsWithVerdictsThatCameThroughTheStore(Dispatch dispatch) {
        String json = SparkStudies.study(name("asha", dispatch), 30, 2,
                "{\"type\": \"function\", \"name\": \"branin\", \"steps\": 9}",
                "{\"type\": \"asha\", \"options\": {\"maxT\": 9, \"gracePeriod\": 1, \"reductionFactor\": 3}}");

        SparkStudies.Ran ran = SparkStudies.run(spark, json, settings(dispatch));

        History history = ran.outcome().history();
        assertEquals(30, history.size());
        assertTrue(history.count(TrialState.PRUNED) > 0, "no trial was pruned");
        assertTrue(history.count(TrialState.COMPLETED) > 0, "no trial completed");
        assertEquals(30, history.count(TrialState.PRUNED) + history.count(TrialState.COMPLETED));
        for (Trial trial : history.inState(TrialState.PRUNED)) {
            assertTrue(trial.reason().contains("rung"), trial.reason());
            assertEquals(trial.stopReason(), trial.reason());
            assertTrue(trial.reports().size() < 9, trial.toString());
            assertEquals(trial.lastReport().orElseThrow().value(), trial.value());
        }
        for (Trial trial : history.inState(TrialState.COMPLETED)) {
            assertEquals(9, trial.reports().size(), trial.toString());
            assertNull(trial.stopReason());
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aTrainerThatThrowsEndsFailedWithItsMessageAndTheStudyGoesOn(Dispatch dispatch) {
        String json = SparkStudies.study(name("throws", dispatch), 9, 2, "{\"type\": \"test-throws\"}", "");

        SparkStudies.Ran ran = SparkStudies.run(spark, json, settings(dispatch));

        assertEquals(StopReason.MAX_TRIALS, ran.outcome().reason());
        History history = ran.outcome().history();
        assertEquals(9, history.size());
        for (Trial trial : history.trials()) {
            if (trial.number() % 3 == 1) {
                assertEquals(TrialState.FAILED, trial.state(), trial.toString());
                assertEquals("CUDA out of memory in trial " + trial.number(), trial.reason());
            } else {
                assertEquals(TrialState.COMPLETED, trial.state(), trial.toString());
                assertEquals(List.of(new Report(1, trial.value())), trial.reports());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aTaskThatSparkRunsAgainDoesNotTrainTheClaimedAttemptTwice(Dispatch dispatch) {
        String study = name("dies", dispatch);
        String json = SparkStudies.study(study, 4, 2, "{\"type\": \"test-dies-once\"}", "");

        SparkStudies.Ran ran = SparkStudies.run(spark, json, settings(dispatch).withLease(SHORT_LEASE));

        assertEquals(1, TestTrainers.runs(study, 0, 0), "attempt 0 of trial 0 ran again");
        assertEquals(1, TestTrainers.runs(study, 0, 1));
        Trial trial = ran.outcome().history().trial(0);
        assertEquals(TrialState.COMPLETED, trial.state(), trial.toString());
        Attempt lost = trial.attempts().get(0);
        assertEquals(TrialState.STALE, lost.state());
        assertTrue(lost.reason().matches("no heartbeat for 2s from " + WORKER), lost.reason());
        assertEquals(1, trial.attempts().size());
        for (int number = 1; number < 4; number++) {
            assertEquals(TrialState.COMPLETED, ran.outcome().history().trial(number).state());
            assertEquals(1, TestTrainers.runs(study, number, 0));
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aFrozenWorkersTrialEndsStaleRunsAgainAndItsLateReportsAreRefused(Dispatch dispatch) {
        String study = name("frozen", dispatch);
        String json = SparkStudies.study(study, 4, 2, "{\"type\": \"test-frozen\"}", "");

        SparkStudies.Ran ran = SparkStudies.run(spark, json, settings(dispatch).withLease(SHORT_LEASE),
                FrozenHeartbeats::new);

        Trial trial = ran.outcome().history().trial(0);
        assertEquals(TrialState.COMPLETED, trial.state(), trial.toString());
        assertEquals(1, trial.attempts().size());
        Attempt frozen = trial.attempts().get(0);
        assertEquals(TrialState.STALE, frozen.state());
        assertTrue(frozen.reason().matches("no heartbeat for 2s from " + WORKER), frozen.reason());
        assertEquals(List.of(), frozen.reports());
        assertEquals(List.of(new Report(1, trial.value())), trial.reports(), "attempt 1 holds its own report only");
        assertFalse(trial.value() == 999, "the late attempt's value was taken");
        Verdict late = TestTrainers.LATE_VERDICTS.get(study);
        assertTrue(late.isStop());
        assertEquals("attempt 0 of trial 0 was superseded by attempt 1", late.reason());
        assertEquals(1, TestTrainers.runs(study, 0, 0));
        assertEquals(1, TestTrainers.runs(study, 0, 1));
        assertEquals(4, ran.outcome().history().count(TrialState.COMPLETED));
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void closingCancelsTheSparkWorkAndInterruptsTheTrainer(Dispatch dispatch) throws Exception {
        String name = name("close", dispatch);
        String json = SparkStudies.study(name, 1, 1, "{\"type\": \"test-sleep\", \"millis\": 600000}", "");
        StudySpec spec = StudySpecReader.read(json, Path.of("."));
        StudyStore store = new InMemoryStudyStore(Direction.MINIMIZE);
        Study study = new Study(name, 1, spec.space(), Samplers.create(spec.strategy()), Scheduler.none(), store,
                Clock.systemUTC());
        Trial trial = study.ask().orElseThrow();
        CompletableFuture<Double> future;
        try (InProcessStoreAccess access = InProcessStoreAccess.register(name, store);
                SparkTrialExecutor executor = new SparkTrialExecutor(spark, StudyHandle.of(access, name, json, spec),
                        settings(dispatch))) {
            future = executor.submit(new TrialContext(0, 0, trial.params(), 1, (step, value) -> Verdict.CONTINUE));
            awaitTrue(() -> store.trial(0).orElseThrow().worker() != null, "the trial was never claimed");
        }
        assertThrows(CancellationException.class, () -> future.get(1, TimeUnit.MINUTES));
        awaitTrue(() -> TestTrainers.INTERRUPTED.contains(name), "the trainer was not interrupted");
    }

    @Test
    void cancellingAnAttemptsFutureCancelsItsSparkJob() throws Exception {
        String name = "cancel-one-job";
        String json = SparkStudies.study(name, 1, 1, "{\"type\": \"test-sleep\", \"millis\": 600000}", "");
        StudySpec spec = StudySpecReader.read(json, Path.of("."));
        StudyStore store = new InMemoryStudyStore(Direction.MINIMIZE);
        Study study = new Study(name, 1, spec.space(), Samplers.create(spec.strategy()), Scheduler.none(), store,
                Clock.systemUTC());
        Trial trial = study.ask().orElseThrow();
        try (InProcessStoreAccess access = InProcessStoreAccess.register(name, store);
                SparkTrialExecutor executor = new SparkTrialExecutor(spark, StudyHandle.of(access, name, json, spec),
                        settings(Dispatch.JOB_PER_TRIAL))) {
            CompletableFuture<Double> future = executor.submit(
                    new TrialContext(0, 0, trial.params(), 1, (step, value) -> Verdict.CONTINUE));
            awaitTrue(() -> store.trial(0).orElseThrow().worker() != null, "the trial was never claimed");

            assertTrue(future.cancel(true));

            awaitTrue(() -> TestTrainers.INTERRUPTED.contains(name), "the trainer was not interrupted");
        }
    }

    /** Waits (a minute at most) for {@code condition}, which another thread makes true. */
    private static void awaitTrue(BooleanSupplier condition, String otherwise) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(otherwise);
            }
            Thread.sleep(10);
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aStudyRunsOnTheHazelcastStoreWithVerdictsFromTheControlPlane(Dispatch dispatch) {
        String name = name("hazelcast", dispatch);
        String json = SparkStudies.study(name, 16, 2,
                "{\"type\": \"function\", \"name\": \"branin\", \"steps\": 9}",
                "{\"type\": \"asha\", \"options\": {\"maxT\": 9, \"gracePeriod\": 1, \"reductionFactor\": 3}}");
        try (LoopbackCluster cluster = LoopbackCluster.start("spark-executor", 1)) {
            StudyStore store = new HazelcastStudies(cluster.member(0)).create(
                    new StudyRecord(name, Direction.MINIMIZE, json, java.time.Instant.now()));

            SparkStudies.Ran ran = SparkStudies.run(spark, json,
                    settings(dispatch).withQueues(new HazelcastTrialQueues(cluster.settings())), store,
                    new HazelcastStoreAccess(cluster.settings()));

            History history = ran.outcome().history();
            assertEquals(16, history.size());
            assertEquals(16, history.count(TrialState.PRUNED) + history.count(TrialState.COMPLETED));
            assertTrue(history.count(TrialState.PRUNED) > 0, "no trial was pruned");
            for (Trial trial : history.trials()) {
                assertTrue(trial.worker().matches(WORKER), trial.worker());
                assertEquals(trial.state() == TrialState.PRUNED ? trial.reason() : null, trial.stopReason());
            }
        }
    }
}
