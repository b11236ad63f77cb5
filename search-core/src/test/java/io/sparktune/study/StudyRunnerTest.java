package io.sparktune.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.executor.TrialExecutor;
import io.sparktune.executor.local.LocalTrialExecutor;
import io.sparktune.sampler.Sampler;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Budget;
import io.sparktune.store.StudyStore;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.testing.ManualClock;
import io.sparktune.trainer.Trainer;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StudyRunnerTest {

    private static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
    private static final SearchSpace SPACE = SearchSpace.of(Parameter.of("x", FloatDomain.of(0, 1)));

    private final ManualClock clock = new ManualClock(T0);

    private static Budget budget(Integer maxTrials, int maxConcurrent, Integer maxFailures, Duration timeLimit,
            int maxRetries) {
        return new Budget(maxTrials == null ? OptionalInt.empty() : OptionalInt.of(maxTrials), maxConcurrent,
                maxFailures == null ? OptionalInt.empty() : OptionalInt.of(maxFailures),
                Optional.ofNullable(timeLimit), maxRetries);
    }

    private StudyOutcome run(Trainer trainer, Budget budget) {
        return run(trainer, budget, new UniformSampler(), Scheduler.none(), new InMemoryStudyStore(Direction.MINIMIZE),
                StudyListener.NONE);
    }

    private StudyOutcome run(Trainer trainer, Budget budget, Sampler sampler, Scheduler scheduler, StudyStore store,
            StudyListener listener) {
        Study study = new Study("runner-test", 7, SPACE, sampler, scheduler, store, clock);
        try (LocalTrialExecutor executor = new LocalTrialExecutor(trainer, budget.maxConcurrent() + 2)) {
            return new StudyRunner(study, budget, executor, listener, clock).run();
        }
    }

    private static double x(io.sparktune.trainer.TrialContext context) {
        return (Double) context.params().get("x");
    }

    @Test
    void maxConcurrentIsNeverExceededAndIsReached() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch firstThree = new CountDownLatch(3);
        Trainer trainer = context -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                firstThree.countDown();
                assertTrue(firstThree.await(30, TimeUnit.SECONDS), "three trials never ran at once");
                Thread.sleep(1);
                return x(context);
            } finally {
                running.decrementAndGet();
            }
        };
        StudyOutcome outcome = run(trainer, budget(12, 3, null, null, 0));
        assertEquals(3, most.get());
        assertEquals(StopReason.MAX_TRIALS, outcome.reason());
        assertEquals("ran 12 trials (maxTrials 12)", outcome.message());
        assertEquals(12, outcome.history().count(TrialState.COMPLETED));
        assertEquals(outcome.history().best(), outcome.best());
        double smallest = outcome.history().trials().stream().mapToDouble(Trial::value).min().orElseThrow();
        assertEquals(smallest, outcome.best().orElseThrow().value());
    }

    @Test
    void aTrialThatThrowsFailsWithItsMessageAndTheStudyGoesOn() {
        Trainer trainer = context -> {
            if (context.number() == 1) {
                throw new IllegalStateException("CUDA out of memory");
            }
            if (context.number() == 2) {
                throw new ArithmeticException();
            }
            return x(context);
        };
        StudyOutcome outcome = run(trainer, budget(5, 2, null, null, 0));
        assertEquals(StopReason.MAX_TRIALS, outcome.reason());
        assertEquals(TrialState.FAILED, outcome.history().trial(1).state());
        assertEquals("CUDA out of memory", outcome.history().trial(1).reason());
        assertEquals(null, outcome.history().trial(1).value());
        assertEquals("ArithmeticException", outcome.history().trial(2).reason());
        assertEquals(3, outcome.history().count(TrialState.COMPLETED));
    }

    @Test
    void maxFailuresStopsTheStudyWithAClearMessage() {
        Trainer trainer = context -> {
            throw new IllegalStateException("no data in trial " + context.number());
        };
        StudyOutcome outcome = run(trainer, budget(10, 1, 3, null, 0));
        assertEquals(StopReason.MAX_FAILURES, outcome.reason());
        assertEquals("stopped after 3 failed trials (maxFailures 3); last failure: trial 2: no data in trial 2",
                outcome.message());
        assertEquals(3, outcome.history().size());
        assertEquals(Optional.empty(), outcome.best());
    }

    @Test
    void aNonFiniteFinalValueFailsTheTrial() {
        StudyOutcome outcome = run(context -> context.number() == 0 ? Double.NaN : 1.0, budget(2, 1, null, null, 0));
        assertEquals(TrialState.FAILED, outcome.history().trial(0).state());
        assertEquals("objective is NaN", outcome.history().trial(0).reason());
        assertEquals(TrialState.COMPLETED, outcome.history().trial(1).state());
    }

    @Test
    void aStoppedTrialEndsPrunedWithTheSchedulersReasonAndItsLastValue() {
        Scheduler stopAtStep2 = (trial, report, history) -> report.step() == 2
                ? Verdict.stop("rung 1: " + report.value() + " is not in the top half") : Verdict.CONTINUE;
        AtomicInteger reportsAfterStop = new AtomicInteger();
        Trainer trainer = context -> {
            double value = 0;
            for (long step = 1; step <= 5; step++) {
                value = 10 - step;
                if (context.reporter().report(step, value).isStop()) {
                    if (context.reporter().report(step + 1, -1).isStop()) {
                        reportsAfterStop.incrementAndGet();
                    }
                    return 100;
                }
            }
            return value;
        };
        StudyOutcome outcome = run(trainer, budget(2, 1, null, null, 0), new UniformSampler(), stopAtStep2,
                new InMemoryStudyStore(Direction.MINIMIZE), StudyListener.NONE);
        Trial pruned = outcome.history().trial(0);
        assertEquals(TrialState.PRUNED, pruned.state());
        assertEquals("rung 1: 8.0 is not in the top half", pruned.reason());
        assertEquals(8.0, pruned.value());
        assertEquals(List.of(new Report(1, 9.0), new Report(2, 8.0)), pruned.reports());
        assertEquals(2, reportsAfterStop.get(), "a report after STOP hears STOP again and is not stored");
        assertEquals(Optional.empty(), outcome.best());
    }

    @Test
    void theTimeLimitStopsRunningTrialsAndStartsNoNewOne() {
        Trainer tenMinutesEach = context -> {
            clock.advance(Duration.ofMinutes(10));
            context.reporter().report(1, x(context));
            return x(context);
        };
        StudyOutcome outcome = run(tenMinutesEach, budget(100, 1, null, Duration.ofMinutes(30), 0));
        assertEquals(StopReason.TIME_LIMIT, outcome.reason());
        assertEquals("time limit of 30m reached after 3 trials", outcome.message());
        assertEquals(3, outcome.history().size());
        assertEquals(TrialState.COMPLETED, outcome.history().trial(1).state());
        Trial last = outcome.history().trial(2);
        assertEquals(TrialState.PRUNED, last.state());
        assertEquals("time limit of 30m reached", last.reason());
        assertEquals(last.reports().get(0).value(), last.value());
    }

    @Test
    void aStopRequestStopsRunningTrialsAndStartsNoNewOne() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> request = new java.util.concurrent.atomic.AtomicReference<>();
        Trainer trainer = context -> {
            if (context.number() < 2) {
                return x(context);
            }
            request.set("stopped from the dashboard"); // asked while trial 2 runs
            for (int step = 1; step <= 1_000; step++) {
                clock.advance(Duration.ofSeconds(1));
                if (context.reporter().report(step, step).decision() == io.sparktune.scheduler.Decision.STOP) {
                    return x(context);
                }
                Thread.sleep(5);
            }
            throw new IllegalStateException("never told to stop");
        };
        Budget budget = budget(100, 1, null, null, 0);
        Study study = new Study("runner-test", 7, SPACE, new UniformSampler(), Scheduler.none(),
                new InMemoryStudyStore(Direction.MINIMIZE), clock);
        StudyOutcome outcome;
        try (LocalTrialExecutor executor = new LocalTrialExecutor(trainer, 3)) {
            outcome = new StudyRunner(study, budget, executor, StudyListener.NONE, clock,
                    () -> Optional.ofNullable(request.get())).run();
        }
        assertEquals(StopReason.STOPPED, outcome.reason());
        assertEquals("stopped on request (stopped from the dashboard) after 3 trials", outcome.message());
        assertEquals(3, outcome.history().size(), "no trial starts after the request");
        Trial stopped = outcome.history().trial(2);
        assertEquals(TrialState.PRUNED, stopped.state());
        assertEquals("stopped from the dashboard", stopped.reason());
    }

    @Test
    void retriesKeepEveryAttemptBeforeATrialCountsAsFailed() {
        Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
        Trainer failsFirst = context -> {
            int attempt = attempts.computeIfAbsent(context.number(), n -> new AtomicInteger()).getAndIncrement();
            context.reporter().report(1, attempt);
            if (attempt == 0) {
                throw new IllegalStateException("worker lost on attempt 0");
            }
            return x(context);
        };
        StudyOutcome outcome = run(failsFirst, budget(3, 2, 1, null, 1));
        assertEquals(StopReason.MAX_TRIALS, outcome.reason());
        assertEquals(3, outcome.history().size());
        for (Trial trial : outcome.history().trials()) {
            assertEquals(TrialState.COMPLETED, trial.state());
            assertEquals(1, trial.attempts().size());
            assertEquals(TrialState.FAILED, trial.attempts().get(0).state());
            assertEquals("worker lost on attempt 0", trial.attempts().get(0).reason());
            assertEquals(List.of(new Report(1, 0)), trial.attempts().get(0).reports());
            assertEquals(List.of(new Report(1, 1)), trial.reports());
        }
    }

    @Test
    void aTrialThatFailsEveryRetryCountsOnceTowardsMaxFailures() {
        AtomicInteger calls = new AtomicInteger();
        Trainer alwaysFails = context -> {
            throw new IllegalStateException("attempt " + calls.getAndIncrement() + " failed");
        };
        StudyOutcome outcome = run(alwaysFails, budget(10, 1, 1, null, 2));
        assertEquals(StopReason.MAX_FAILURES, outcome.reason());
        assertEquals(1, outcome.history().size());
        assertEquals(3, calls.get());
        Trial trial = outcome.history().trial(0);
        assertEquals(2, trial.attempts().size());
        assertEquals("attempt 2 failed", trial.reason());
        assertEquals("stopped after 1 failed trial (maxFailures 1); last failure: trial 0: attempt 2 failed",
                outcome.message());
    }

    @Test
    void anExhaustedSamplerEndsTheStudy() {
        List<Double> grid = List.of(0.1, 0.2, 0.3, 0.4);
        Sampler fourPoints = (space, history, rng) -> history.size() < grid.size()
                ? Optional.of(Map.of("x", grid.get(history.size()))) : Optional.empty();
        StudyOutcome outcome = run(StudyRunnerTest::x, budget(null, 3, null, null, 0), fourPoints, Scheduler.none(),
                new InMemoryStudyStore(Direction.MAXIMIZE), StudyListener.NONE);
        assertEquals(StopReason.SAMPLER_EXHAUSTED, outcome.reason());
        assertEquals("the sampler had nothing left to propose after 4 trials", outcome.message());
        assertEquals(4, outcome.history().count(TrialState.COMPLETED));
        assertEquals(0.4, outcome.best().orElseThrow().value());
    }

    @Test
    void resumingEndsLeftoverTrialsStaleRetriesThemAndCountsEarlierTrials() {
        StudyStore store = new InMemoryStudyStore(Direction.MINIMIZE);
        Study earlier = new Study("runner-test", 7, SPACE, new UniformSampler(), Scheduler.none(), store, clock);
        earlier.ask();
        earlier.tell(0, TrialState.COMPLETED, 0.5, null);
        earlier.ask();
        earlier.report(1, 1, 0.7);
        StudyOutcome outcome = run(StudyRunnerTest::x, budget(4, 2, null, null, 1), new UniformSampler(),
                Scheduler.none(), store, StudyListener.NONE);
        assertEquals(StopReason.MAX_TRIALS, outcome.reason());
        assertEquals(4, outcome.history().size());
        Trial resumed = outcome.history().trial(1);
        assertEquals(TrialState.COMPLETED, resumed.state());
        assertEquals(TrialState.STALE, resumed.attempts().get(0).state());
        assertEquals(StudyRunner.STALE_REASON, resumed.attempts().get(0).reason());
        assertEquals(List.of(new Report(1, 0.7)), resumed.attempts().get(0).reports());
    }

    @Test
    void aLeftoverTrialIsStartedAgainEvenWithoutRetries() {
        StudyStore store = new InMemoryStudyStore(Direction.MINIMIZE);
        new Study("runner-test", 7, SPACE, new UniformSampler(), Scheduler.none(), store, clock).ask();
        StudyOutcome outcome = run(StudyRunnerTest::x, budget(2, 1, null, null, 0), new UniformSampler(),
                Scheduler.none(), store, StudyListener.NONE);
        Trial resumed = outcome.history().trial(0);
        assertEquals(TrialState.COMPLETED, resumed.state());
        assertEquals(TrialState.STALE, resumed.attempts().get(0).state());
        assertEquals("its process stopped before it ended", resumed.attempts().get(0).reason());
        assertEquals(TrialState.COMPLETED, outcome.history().trial(1).state());
    }

    @Test
    void interruptingTheRunnerFailsTrialsInFlightAndKeepsTheFlag() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Verdict> afterInterrupt = new AtomicReference<>();
        Trainer waits = context -> {
            started.countDown();
            release.await();
            afterInterrupt.set(context.reporter().report(1, 0.5));
            return 0.5;
        };
        AtomicReference<StudyOutcome> outcome = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        LocalTrialExecutor executor = new LocalTrialExecutor(waits, 2);
        Study study = new Study("runner-test", 7, SPACE, new UniformSampler(), Scheduler.none(),
                new InMemoryStudyStore(Direction.MINIMIZE), clock);
        Thread driver = new Thread(() -> {
            outcome.set(new StudyRunner(study, budget(5, 1, null, null, 0), executor, StudyListener.NONE, clock).run());
            flag.set(Thread.currentThread().isInterrupted());
        });
        driver.start();
        assertTrue(started.await(30, TimeUnit.SECONDS));
        driver.interrupt();
        driver.join(30_000);
        release.countDown();
        executor.close();
        assertEquals(StopReason.INTERRUPTED, outcome.get().reason());
        assertEquals(true, flag.get());
        Trial trial = outcome.get().history().trial(0);
        assertEquals(TrialState.FAILED, trial.state());
        assertEquals(StudyRunner.INTERRUPTED_REASON, trial.reason());
        assertEquals(1, outcome.get().history().size());
    }

    @Test
    void theListenerHearsEveryStartReportAndEnd() {
        List<String> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        StudyListener listener = new StudyListener() {
            @Override
            public void trialStarted(Trial trial) {
                events.add("started " + trial.number() + " attempt " + trial.attemptIndex());
            }

            @Override
            public void trialReported(Trial trial, Report report, Verdict verdict) {
                events.add("reported " + trial.number() + " step " + report.step() + " " + verdict.decision()
                        + " with " + trial.reports().size() + " reports");
            }

            @Override
            public void trialFinished(Trial trial) {
                events.add("finished " + trial.number() + " " + trial.state());
            }
        };
        AtomicInteger calls = new AtomicInteger();
        Trainer failsOnce = context -> {
            context.reporter().report(1, 2.0);
            if (calls.getAndIncrement() == 0) {
                throw new IllegalStateException("first attempt fails");
            }
            context.reporter().report(2, 1.0);
            return 1.0;
        };
        Scheduler stopAtStep2 = (trial, report, history) ->
                report.step() == 2 ? Verdict.stop("enough") : Verdict.CONTINUE;
        StudyOutcome outcome = run(failsOnce, budget(1, 1, null, null, 1), new UniformSampler(), stopAtStep2,
                new InMemoryStudyStore(Direction.MINIMIZE), listener);
        assertEquals(List.of("started 0 attempt 0", "reported 0 step 1 CONTINUE with 1 reports",
                "finished 0 FAILED", "started 0 attempt 1", "reported 0 step 1 CONTINUE with 1 reports",
                "reported 0 step 2 STOP with 2 reports", "finished 0 PRUNED"), events);
        assertEquals("enough", outcome.history().trial(0).reason());
    }

    @Test
    void aTrialWhoseWorkerFallsSilentEndsStaleAndRunsAgainAsANewAttempt() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        AtomicReference<Verdict> lateVerdict = new AtomicReference<>();
        Trainer trainer = context -> {
            if (context.number() == 0 && context.attempt() == 0) {
                context.reporter().report(1, 5.0);
                clock.advance(Duration.ofSeconds(40)); // no heartbeat for longer than the lease
                assertTrue(released.await(30, TimeUnit.SECONDS), "the runner never gave the attempt up");
                lateVerdict.set(context.reporter().report(2, 4.0));
                return 4.0;
            }
            if (context.number() == 0) {
                released.countDown();
            }
            return x(context);
        };
        StudyStore store = new InMemoryStudyStore(Direction.MINIMIZE);
        Study study = new Study("runner-test", 7, SPACE, new UniformSampler(), Scheduler.none(), store, clock);
        StudyOutcome outcome;
        try (LocalTrialExecutor local = new LocalTrialExecutor(trainer, 3);
                LeasedExecutor leased = new LeasedExecutor(local, store, clock, Duration.ofSeconds(1))) {
            outcome = new StudyRunner(study, budget(2, 2, null, null, 0), leased, StudyListener.NONE, clock).run();
        }
        Trial trial = outcome.history().trial(0);
        assertEquals(TrialState.COMPLETED, trial.state());
        assertEquals(1, trial.attempts().size());
        assertEquals(TrialState.STALE, trial.attempts().get(0).state());
        assertEquals("no heartbeat for 1s from worker 0/0", trial.attempts().get(0).reason());
        assertEquals(List.of(new Report(1, 5.0)), trial.attempts().get(0).reports());
        assertEquals(x(trial), trial.value(), "the value is the new attempt's, not the lost one's");
        assertEquals(TrialState.COMPLETED, outcome.history().trial(1).state());
        assertTrue(lateVerdict.get() != null && lateVerdict.get().isStop(), "the lost attempt hears STOP");
    }

    private static double x(Trial trial) {
        return (Double) trial.params().get("x");
    }

    /**
     * A local executor that claims each attempt in the store as a remote worker would, and says its
     * trials send heartbeats, so the runner holds them to a lease.
     */
    private record LeasedExecutor(LocalTrialExecutor local, StudyStore store, ManualClock clock, Duration leaseTime)
            implements TrialExecutor {

        @Override
        public java.util.concurrent.CompletableFuture<Double> submit(io.sparktune.trainer.TrialContext context) {
            assertTrue(store.claim(context.number(), context.attempt(),
                    "worker " + context.number() + "/" + context.attempt(), clock.instant()));
            return local.submit(context);
        }

        @Override
        public Optional<Duration> lease() {
            return Optional.of(leaseTime);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void anAttemptNoWorkerHasClaimedIsNotHeldToTheLease() throws Exception {
        StudyStore store = new InMemoryStudyStore(Direction.MINIMIZE);
        Study study = new Study("runner-test", 7, SPACE, new UniformSampler(), Scheduler.none(), store, clock);
        Trainer slowToStart = context -> {
            clock.advance(Duration.ofSeconds(40)); // waited for a slot longer than the lease
            Thread.sleep(600); // long enough for the runner to check the leases meanwhile
            return x(context);
        };
        StudyOutcome outcome;
        try (LocalTrialExecutor local = new LocalTrialExecutor(slowToStart, 2);
                TrialExecutor unclaimed = new TrialExecutor() {
                    @Override
                    public java.util.concurrent.CompletableFuture<Double> submit(
                            io.sparktune.trainer.TrialContext context) {
                        return local.submit(context);
                    }

                    @Override
                    public Optional<Duration> lease() {
                        return Optional.of(Duration.ofSeconds(1));
                    }

                    @Override
                    public void close() {
                    }
                }) {
            outcome = new StudyRunner(study, budget(1, 1, null, null, 0), unclaimed, StudyListener.NONE, clock).run();
        }
        Trial trial = outcome.history().trial(0);
        assertEquals(TrialState.COMPLETED, trial.state());
        assertEquals(List.of(), trial.attempts());
    }
}
