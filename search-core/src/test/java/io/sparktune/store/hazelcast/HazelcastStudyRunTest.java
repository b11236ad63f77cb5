package io.sparktune.store.hazelcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.study.Study;
import io.sparktune.study.StudyListener;
import io.sparktune.study.StudyOutcome;
import io.sparktune.study.StudyRunner;
import io.sparktune.testing.LoopbackCluster;
import io.sparktune.trainer.Trainer;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A whole study driven by {@link StudyRunner} on the control plane, through a client of two members,
 * ends as the same study on the in-memory store does: trial by trial the same parameters, states,
 * values and reasons. Proposals depend on (seed, number) and the verdicts on each trial's own reports,
 * so nothing else may differ.
 */
class HazelcastStudyRunTest {

    private static final SearchSpace SPACE = SearchSpace.of(Parameter.of("x", FloatDomain.of(0, 1)));
    private static final Sampler UNIFORM = (space, history, rng) -> Optional.of(Map.of("x", rng.nextDouble()));
    /** Stops a trial whose value is above 0.6 from step 2 on. */
    private static final Scheduler ABOVE = (trial, report, history) -> report.step() >= 2 && report.value() > 0.6
            ? Verdict.stop("step " + report.step() + ": " + report.value() + " > 0.6") : Verdict.CONTINUE;
    private static final Trainer TRAINER = context -> {
        double x = (Double) context.params().get("x");
        for (long step = 1; step <= 4; step++) {
            if (context.reporter().report(step, x + 0.01 * step).isStop()) {
                return x;
            }
        }
        return x;
    };

    @Test
    void aStudyEndsAsOnTheInMemoryStore() {
        Budget budget = new Budget(OptionalInt.of(24), 4, OptionalInt.empty(), Optional.empty(), 0);
        StudyOutcome expected = run(new InMemoryStudyStore(Direction.MINIMIZE), budget);
        try (LoopbackCluster cluster = LoopbackCluster.start("study-run-test", 2)) {
            StudyStore store = new HazelcastStudies(cluster.connectClient()).create(
                    new StudyRecord("run", Direction.MINIMIZE, "{}", Instant.EPOCH));
            StudyOutcome outcome = run(store, budget);
            assertEquals(expected.reason(), outcome.reason());
            List<Trial> trials = outcome.history().trials();
            assertEquals(24, trials.size());
            assertTrue(trials.stream().anyMatch(t -> t.state() == TrialState.PRUNED), "some trials are pruned");
            for (int i = 0; i < trials.size(); i++) {
                Trial want = expected.history().trial(i);
                Trial got = trials.get(i);
                assertEquals(want.params(), got.params());
                assertEquals(want.state(), got.state());
                assertEquals(want.value(), got.value());
                assertEquals(want.reason(), got.reason());
                assertEquals(want.reports(), got.reports());
            }
            assertEquals(outcome.history(), new HazelcastStudies(cluster.member(1)).open("run").orElseThrow().history());
        }
    }

    private static StudyOutcome run(StudyStore store, Budget budget) {
        Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
        Study study = new Study("run", 11, SPACE, UNIFORM, ABOVE, store, clock);
        try (LocalTrialExecutor executor = new LocalTrialExecutor(TRAINER, budget.maxConcurrent())) {
            return new StudyRunner(study, budget, executor, StudyListener.NONE, clock).run();
        }
    }
}
