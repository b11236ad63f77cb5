package io.sparktune.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link StudyStore} keeps. An implementation's test extends this class and
 * says how to make a fresh store (and, for a durable one, how to open it again).
 */
public abstract class StudyStoreContract {

    protected static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");

    /** A new, empty store. */
    protected abstract StudyStore newStore(Direction direction);

    /**
     * The same study opened again, as a restarted process would: a durable store reads it back from
     * where it keeps it. The default, for stores that live in memory, is {@code store} itself.
     */
    protected StudyStore reopen(StudyStore store) {
        return store;
    }

    /** How many threads write at once in the concurrency test. */
    protected int writers() {
        return 4;
    }

    /** How many trials each writer creates in the concurrency test. */
    protected int trialsPerWriter() {
        return 25;
    }

    protected static TrialProposer params(Map<String, Object> params) {
        return (number, history) -> Optional.of(params);
    }

    protected static Trial create(StudyStore store, Map<String, Object> params) {
        return store.createTrial(params(params), T0).orElseThrow();
    }

    /** Reports to the current attempt of trial {@code number}, with no scheduler. */
    protected static Trial report(StudyStore store, int number, Report report) {
        Reported reported = store.report(number, currentAttempt(store, number), report, Scheduler.none(), T0);
        assertTrue(reported.stored(), "refused: " + reported.verdict().reason());
        return reported.trial();
    }

    private static int currentAttempt(StudyStore store, int number) {
        return store.trial(number).map(Trial::attemptIndex).orElse(0);
    }

    /** Stops at step 2 and after: a scheduler whose verdict the tests can tell apart. */
    private static final Scheduler STOP_AT_2 = (trial, report, history) -> report.step() >= 2
            ? Verdict.stop("step " + report.step() + " of " + history.size() + " trials") : Verdict.CONTINUE;

    @Test
    void numbersAre0ToNMinus1InOrder() {
        StudyStore store = newStore(Direction.MINIMIZE);
        for (int i = 0; i < 5; i++) {
            Trial trial = create(store, Map.of("i", (long) i));
            assertEquals(i, trial.number());
            assertEquals(TrialState.RUNNING, trial.state());
            assertEquals(T0, trial.startedAt());
        }
        History history = store.history();
        assertEquals(5, history.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(Map.of("i", (long) i), history.trial(i).params());
        }
        assertEquals(Direction.MINIMIZE, history.direction());
    }

    @Test
    void theProposerSeesTheHistoryAsItIsIncludingRunningTrials() {
        StudyStore store = newStore(Direction.MAXIMIZE);
        create(store, Map.of("x", 1.0));
        store.finish(0, TrialState.COMPLETED, 3.0, null, T0);
        create(store, Map.of("x", 2.0));
        List<History> seen = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        Trial third = store.createTrial((number, history) -> {
            seen.add(history);
            numbers.add(number);
            return Optional.of(Map.of("x", 3.0));
        }, T0).orElseThrow();
        assertEquals(2, third.number());
        assertEquals(List.of(2), numbers);
        History history = seen.get(0);
        assertEquals(2, history.size());
        assertEquals(TrialState.COMPLETED, history.trial(0).state());
        assertEquals(3.0, history.trial(0).value());
        assertEquals(TrialState.RUNNING, history.trial(1).state());
        assertEquals(Direction.MAXIMIZE, history.direction());
    }

    @Test
    void anEmptyProposalCreatesNothing() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        assertEquals(Optional.empty(), store.createTrial((n, h) -> Optional.empty(), T0));
        assertEquals(1, store.history().size());
        assertEquals(1, create(store, Map.of("x", 2.0)).number());
    }

    @Test
    void aProposerThatThrowsCreatesNothing() {
        StudyStore store = newStore(Direction.MINIMIZE);
        RuntimeException boom = new IllegalStateException("sampler bug");
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> store.createTrial((n, h) -> { throw boom; }, T0));
        assertEquals("sampler bug", thrown.getMessage());
        assertEquals(0, store.history().size());
        assertEquals(0, create(store, Map.of("x", 1.0)).number());
    }

    @Test
    void paramsOfEveryKindAreKept() {
        StudyStore store = newStore(Direction.MINIMIZE);
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("lr", 0.01);
        params.put("layers", 3L);
        params.put("opt", "sgd");
        params.put("nesterov", true);
        params.put("whole", 2.0);
        params.put("shape", List.of(64L, 32L));
        create(store, params);
        Map<String, Object> stored = reopen(store).history().trial(0).params();
        assertEquals(params, stored);
        assertEquals(List.copyOf(params.keySet()), List.copyOf(stored.keySet()));
        assertTrue(stored.get("whole") instanceof Double, "2.0 must stay a Double");
        assertTrue(stored.get("layers") instanceof Long, "3 must stay a Long");
    }

    @Test
    void reportsAppendInOrder() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        report(store, 0, new Report(1, 0.9));
        report(store, 0, new Report(2, 0.7));
        Trial trial = report(store, 0, new Report(3, Double.NaN));
        List<Report> expected = List.of(new Report(1, 0.9), new Report(2, 0.7), new Report(3, Double.NaN));
        assertEquals(expected, trial.reports());
        assertEquals(expected, store.history().trial(0).reports());
        assertEquals(expected, reopen(store).history().trial(0).reports());
    }

    @Test
    void finishedTrialsAreImmutable() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        report(store, 0, new Report(1, 0.5));
        Instant end = T0.plusSeconds(60);
        Trial done = store.finish(0, TrialState.COMPLETED, 0.4, null, end);
        assertEquals(TrialState.COMPLETED, done.state());

        IllegalStateException twice = assertThrows(IllegalStateException.class,
                () -> store.finish(0, TrialState.FAILED, null, "late failure", end.plusSeconds(1)));
        assertTrue(twice.getMessage().contains("trial 0"), twice.getMessage());
        Reported late = store.report(0, 0, new Report(2, 0.1), Scheduler.none(), end);
        assertEquals(false, late.stored());
        assertEquals(Verdict.stop("trial 0 has ended completed"), late.verdict());

        for (StudyStore view : List.of(store, reopen(store))) {
            Trial trial = view.history().trial(0);
            assertEquals(TrialState.COMPLETED, trial.state());
            assertEquals(0.4, trial.value());
            assertEquals(List.of(new Report(1, 0.5)), trial.reports());
            assertEquals(end, trial.endedAt());
            assertEquals(null, trial.reason());
        }
    }

    @Test
    void unknownTrialNumbersAreRejected() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> report(store, 7, new Report(1, 0.5)));
        assertTrue(e.getMessage().contains("7"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> store.finish(-1, TrialState.COMPLETED, 1.0, null, T0));
        assertThrows(IllegalArgumentException.class, () -> store.retry(1, T0));
        assertEquals(Optional.empty(), store.trial(1));
        assertEquals(0, store.trial(0).orElseThrow().number());
    }

    @Test
    void retryKeepsEveryAttempt() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        report(store, 0, new Report(1, 5.0));
        store.finish(0, TrialState.FAILED, null, "out of memory", T0.plusSeconds(10));
        Trial second = store.retry(0, T0.plusSeconds(20));
        assertEquals(TrialState.RUNNING, second.state());
        assertEquals(List.of(), second.reports());
        assertEquals(T0.plusSeconds(20), second.startedAt());
        report(store, 0, new Report(1, 4.0));
        store.finish(0, TrialState.STALE, null, "lost its worker", T0.plusSeconds(30));
        store.retry(0, T0.plusSeconds(40));
        store.finish(0, TrialState.COMPLETED, 3.0, null, T0.plusSeconds(50));

        for (StudyStore view : List.of(store, reopen(store))) {
            Trial trial = view.history().trial(0);
            assertEquals(TrialState.COMPLETED, trial.state());
            assertEquals(3.0, trial.value());
            assertEquals(2, trial.attempts().size());
            assertEquals(0, trial.attempts().get(0).index());
            assertEquals(TrialState.FAILED, trial.attempts().get(0).state());
            assertEquals("out of memory", trial.attempts().get(0).reason());
            assertEquals(List.of(new Report(1, 5.0)), trial.attempts().get(0).reports());
            assertEquals(T0.plusSeconds(10), trial.attempts().get(0).endedAt());
            assertEquals(TrialState.STALE, trial.attempts().get(1).state());
            assertEquals(List.of(new Report(1, 4.0)), trial.attempts().get(1).reports());
            assertEquals(T0, trial.createdAt());
        }
    }

    @Test
    void onlyAnEndedTrialCanBeRetried() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        assertThrows(IllegalStateException.class, () -> store.retry(0, T0));
        assertEquals(List.of(), store.history().trial(0).attempts());
    }

    @Test
    void concurrentWritersLoseNothing() throws Exception {
        StudyStore store = newStore(Direction.MINIMIZE);
        int writers = writers();
        int each = trialsPerWriter();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                long writer = w;
                done.add(pool.submit(() -> {
                    for (long i = 0; i < each; i++) {
                        Trial trial = create(store, Map.of("writer", writer, "i", i));
                        for (long step = 1; step <= 3; step++) {
                            report(store, trial.number(), new Report(step, writer * 1000 + i + step / 10.0));
                        }
                        store.finish(trial.number(), TrialState.COMPLETED, (double) (writer * 1000 + i), null, T0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        for (StudyStore view : List.of(store, reopen(store))) {
            History history = view.history();
            assertEquals(writers * each, history.size());
            Set<List<Long>> seen = new HashSet<>();
            for (Trial trial : history.trials()) {
                long writer = (Long) trial.params().get("writer");
                long i = (Long) trial.params().get("i");
                assertTrue(seen.add(List.of(writer, i)), "created twice: " + trial.params());
                assertEquals(TrialState.COMPLETED, trial.state());
                assertEquals((double) (writer * 1000 + i), trial.value());
                assertEquals(List.of(new Report(1, writer * 1000 + i + 0.1), new Report(2, writer * 1000 + i + 0.2),
                        new Report(3, writer * 1000 + i + 0.3)), trial.reports());
            }
        }
    }

    @Test
    void historySnapshotsAreImmutable() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        History before = store.history();
        report(store, 0, new Report(1, 0.5));
        store.finish(0, TrialState.COMPLETED, 0.5, null, T0);
        create(store, Map.of("x", 2.0));
        assertEquals(1, before.size());
        assertEquals(TrialState.RUNNING, before.trial(0).state());
        assertEquals(List.of(), before.trial(0).reports());
        assertThrows(UnsupportedOperationException.class, () -> before.trials().add(before.trial(0)));
        assertThrows(UnsupportedOperationException.class, () -> before.trial(0).params().put("y", 1.0));
        assertEquals(2, store.history().size());
    }

    @Test
    void reopeningGivesTheSameHistory() {
        StudyStore store = newStore(Direction.MAXIMIZE);
        create(store, Map.of("x", 1.0));
        report(store, 0, new Report(1, 0.25));
        store.finish(0, TrialState.PRUNED, 0.25, "below the median at step 1", T0.plusSeconds(5));
        create(store, Map.of("x", 2.0));
        store.finish(1, TrialState.COMPLETED, Double.POSITIVE_INFINITY, null, T0.plusSeconds(6));
        create(store, Map.of("x", 3.0));
        assertEquals(store.history(), reopen(store).history());
    }

    @Test
    void aReportAndItsVerdictAreStoredTogether() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        Instant at = T0.plusSeconds(3);
        Reported first = store.report(0, 0, new Report(1, 0.9), STOP_AT_2, at);
        assertEquals(Verdict.CONTINUE, first.verdict());
        assertEquals(null, first.trial().stopReason());
        assertEquals(at, first.trial().heartbeatAt());
        Reported second = store.report(0, 0, new Report(2, 0.8), STOP_AT_2, at);
        assertEquals(Verdict.stop("step 2 of 1 trials"), second.verdict());
        assertTrue(second.stored());
        Reported after = store.report(0, 0, new Report(3, 0.7), Scheduler.none(), at);
        assertEquals(false, after.stored());
        assertEquals(Verdict.stop("step 2 of 1 trials"), after.verdict());
        for (StudyStore view : List.of(store, reopen(store))) {
            Trial trial = view.history().trial(0);
            assertEquals("step 2 of 1 trials", trial.stopReason());
            assertEquals(List.of(new Report(1, 0.9), new Report(2, 0.8)), trial.reports());
        }
    }

    @Test
    void reportsOfASupersededAttemptAreRefused() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        report(store, 0, new Report(1, 0.9));
        store.finish(0, TrialState.STALE, null, "no heartbeat", T0.plusSeconds(30));
        store.retry(0, T0.plusSeconds(31));
        Reported late = store.report(0, 0, new Report(2, 0.1), Scheduler.none(), T0.plusSeconds(32));
        assertEquals(false, late.stored());
        assertEquals(Verdict.stop("attempt 0 of trial 0 was superseded by attempt 1"), late.verdict());
        assertEquals(false, store.heartbeat(0, 0, T0.plusSeconds(32)));
        assertEquals(false, store.claim(0, 0, "executor 1", T0.plusSeconds(32)));
        assertThrows(IllegalArgumentException.class,
                () -> store.report(0, 2, new Report(2, 0.1), Scheduler.none(), T0.plusSeconds(32)));
        report(store, 0, new Report(1, 0.5));
        for (StudyStore view : List.of(store, reopen(store))) {
            Trial trial = view.history().trial(0);
            assertEquals(List.of(new Report(1, 0.5)), trial.reports());
            assertEquals(List.of(new Report(1, 0.9)), trial.attempts().get(0).reports());
        }
    }

    @Test
    void oneWorkerClaimsAnAttemptAndItsHeartbeatsCount() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        assertTrue(store.claim(0, 0, "executor 1", T0.plusSeconds(1)));
        assertTrue(store.claim(0, 0, "executor 1", T0.plusSeconds(2)), "the same worker may claim again");
        assertEquals(false, store.claim(0, 0, "executor 2", T0.plusSeconds(3)));
        assertTrue(store.heartbeat(0, 0, T0.plusSeconds(9)));
        Trial trial = store.history().trial(0);
        assertEquals("executor 1", trial.worker());
        assertEquals(T0.plusSeconds(9), trial.heartbeatAt());
        store.finish(0, TrialState.COMPLETED, 1.0, null, T0.plusSeconds(10));
        assertEquals(false, store.heartbeat(0, 0, T0.plusSeconds(11)));
    }

    @Test
    void aStopRequestAnswersTheNextReport() {
        StudyStore store = newStore(Direction.MINIMIZE);
        create(store, Map.of("x", 1.0));
        assertEquals("time limit of 1m reached", store.requestStop(0, "time limit of 1m reached").stopReason());
        assertEquals("time limit of 1m reached", store.requestStop(0, "stopped by a user").stopReason());
        Reported next = store.report(0, 0, new Report(1, 0.5), Scheduler.none(), T0);
        assertEquals(Verdict.stop("time limit of 1m reached"), next.verdict());
        assertEquals(false, next.stored());
        assertEquals("time limit of 1m reached", reopen(store).history().trial(0).stopReason());
        store.finish(0, TrialState.PRUNED, null, "time limit of 1m reached", T0);
        assertEquals(TrialState.PRUNED, store.requestStop(0, "late").state());
    }

    @Test
    void concurrentReportersSeeEveryEarlierReport() throws Exception {
        StudyStore store = newStore(Direction.MINIMIZE);
        int trials = writers() * 2;
        for (int i = 0; i < trials; i++) {
            create(store, Map.of("i", (long) i));
        }
        // The verdict's reason counts the reports in the history the scheduler saw: every count is
        // distinct when reports and verdicts are one atomic step.
        Scheduler counting = (trial, report, history) -> Verdict.stop(Long.toString(
                history.trials().stream().mapToLong(t -> t.reports().size()).sum()));
        ExecutorService pool = Executors.newFixedThreadPool(writers());
        Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < trials; i++) {
                int number = i;
                done.add(pool.submit(() -> {
                    Reported r = store.report(number, 0, new Report(1, number), counting, T0);
                    assertTrue(seen.add(r.verdict().reason()), "two reports saw the same history: " + seen);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Set<String> expected = new HashSet<>();
        for (int i = 1; i <= trials; i++) {
            expected.add(Integer.toString(i));
        }
        assertEquals(expected, seen);
    }
}
