package io.sparktune.runner.studydir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.executor.local.LocalTrialExecutor;
import io.sparktune.sampler.Sampler;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.Verdict;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Budget;
import io.sparktune.store.StudyStore;
import io.sparktune.store.journal.JournalStudyStore;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.study.Study;
import io.sparktune.study.StudyListener;
import io.sparktune.study.StudyRunner;
import io.sparktune.trainer.Trainer;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A live store mirrored into a study directory's journal, and a history replayed into a fresh store. */
class MirroredStudyStoreTest {

    private static final SearchSpace SPACE = SearchSpace.of(Parameter.of("x", FloatDomain.of(0, 1)));
    private static final Sampler SAMPLER = (space, history, rng) -> Optional.of(Map.of("x", rng.nextDouble()));
    /** Odd trials are stopped at their second report. */
    private static final Scheduler ODD_STOP = (trial, report, history) -> trial.number() % 2 == 1 && report.step() == 2
            ? Verdict.stop("trial " + trial.number() + " is odd") : Verdict.CONTINUE;

    @TempDir
    Path dir;

    /** Reports three steps; trial 2 fails its first attempt, trial 4 fails every attempt. */
    private static final Trainer TRAINER = context -> {
        double x = (Double) context.params().get("x");
        for (int step = 1; step <= 3; step++) {
            if (context.reporter().report(step, x + step).isStop()) {
                return x + step;
            }
        }
        if (context.number() == 4 || context.number() == 2 && context.attempt() == 0) {
            throw new IllegalStateException("trial " + context.number() + " attempt " + context.attempt() + " failed");
        }
        return x;
    };

    /** A trial as a study directory keeps it: where it ran and its last heartbeat live in the live store only. */
    private static Trial kept(Trial t) {
        return new Trial(t.number(), t.params(), t.state(), t.value(), t.reports(), t.reason(), t.createdAt(),
                t.startedAt(), t.endedAt(), t.attempts(), t.stopReason(), null, null);
    }

    private static List<Trial> kept(History history) {
        return history.trials().stream().map(MirroredStudyStoreTest::kept).toList();
    }

    private static History run(StudyStore store, int trials) {
        Clock clock = Clock.systemUTC();
        Study study = new Study("mirrored", 5, SPACE, SAMPLER, ODD_STOP, store, clock);
        Budget budget = new Budget(OptionalInt.of(trials), 2, OptionalInt.empty(), Optional.empty(), 1);
        try (LocalTrialExecutor executor = new LocalTrialExecutor(TRAINER, 2)) {
            return new StudyRunner(study, budget, executor, StudyListener.NONE, clock).run().history();
        }
    }

    @Test
    void theJournalHoldsEveryEndedTrialWithItsReportsAttemptsAndStopReason() {
        StudyStore live = new InMemoryStudyStore(Direction.MINIMIZE);

        History ran = run(new MirroredStudyStore(live, JournalStudyStore.open(dir, Direction.MINIMIZE)), 6);

        History journal = JournalStudyStore.open(dir, Direction.MINIMIZE).history();
        assertEquals(kept(ran), kept(journal));
        assertEquals(TrialState.PRUNED, journal.trial(1).state());
        assertEquals("trial 1 is odd", journal.trial(1).stopReason());
        assertEquals(2, journal.trial(1).reports().size());
        assertEquals(TrialState.COMPLETED, journal.trial(2).state());
        assertEquals(3, journal.trial(2).attempts().get(0).reports().size());
        assertEquals(TrialState.FAILED, journal.trial(4).state());
    }

    @Test
    void aReplayedHistoryIsTheSameHistoryAndAResumedRunGoesOnFromIt() {
        StudyStore first = new InMemoryStudyStore(Direction.MINIMIZE);
        History ran = run(first, 6);
        Instant now = Instant.now();
        first.createTrial((n, h) -> Optional.of(Map.of("x", 0.5)), now);
        first.report(6, 0, new io.sparktune.trial.Report(1, 1.5), Scheduler.none(), now);
        History withALeftover = first.history();

        StudyStore fresh = new InMemoryStudyStore(Direction.MINIMIZE);
        StoreReplay.copy(withALeftover, fresh);

        assertEquals(kept(withALeftover), kept(fresh.history()));
        assertEquals(TrialState.RUNNING, fresh.history().trial(6).state());
        History resumed = run(new MirroredStudyStore(fresh, seededJournal(withALeftover)), 8);
        assertEquals(8, resumed.size());
        assertEquals(kept(ran).subList(0, 6), kept(resumed).subList(0, 6));
        Trial leftover = resumed.trial(6);
        assertEquals(TrialState.COMPLETED, leftover.state());
        assertEquals(TrialState.STALE, leftover.attempts().get(0).state());
        assertEquals(kept(resumed), kept(JournalStudyStore.open(dir, Direction.MINIMIZE).history()));
    }

    private StudyStore seededJournal(History history) {
        StudyStore journal = JournalStudyStore.open(dir, Direction.MINIMIZE);
        StoreReplay.copy(history, journal);
        return journal;
    }

    @Test
    void storesThatDifferCannotMirrorEachOther() {
        StudyStore live = new InMemoryStudyStore(Direction.MINIMIZE);
        live.createTrial((n, h) -> Optional.of(Map.of("x", 0.1)), Instant.now());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MirroredStudyStore(live, new InMemoryStudyStore(Direction.MINIMIZE)));
        assertEquals("the live store and its mirror must hold the same trials, but got 1 and 0", e.getMessage());
        IllegalArgumentException notEmpty = assertThrows(IllegalArgumentException.class,
                () -> StoreReplay.copy(History.empty(Direction.MINIMIZE), live));
        assertTrue(notEmpty.getMessage().startsWith("an empty store must hold"), notEmpty.getMessage());
    }
}
