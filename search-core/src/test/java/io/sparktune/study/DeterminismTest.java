package io.sparktune.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.sparktune.executor.local.LocalTrialExecutor;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Budget;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.trainer.Trainer;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A trial's draw depends on (study seed, trial number) and its history only: studies replay
 * exactly, whatever the threads and timing.
 */
class DeterminismTest {

    private static final SearchSpace SPACE = SearchSpace.of(Parameter.of("x0", FloatDomain.of(-5, 10)),
            Parameter.of("x1", FloatDomain.of(0, 15)), Parameter.of("lr", FloatDomain.logOf(1e-5, 1)));

    private static final Trainer BRANIN_ISH = context -> {
        double x0 = (Double) context.params().get("x0");
        double x1 = (Double) context.params().get("x1");
        return Math.pow(x1 - 0.13 * x0 * x0 + 1.6 * x0 - 6, 2) + 10 * Math.cos(x0);
    };

    private static final Trainer JITTERY = context -> {
        Thread.sleep(ThreadLocalRandom.current().nextInt(4));
        for (long step = 1; step <= 3; step++) {
            context.reporter().report(step, step);
            Thread.sleep(ThreadLocalRandom.current().nextInt(2));
        }
        return BRANIN_ISH.train(context);
    };

    private static List<Trial> run(long seed, int maxConcurrent, Trainer trainer) {
        Study study = new Study("determinism", seed, SPACE, new UniformSampler(), Scheduler.none(),
                new InMemoryStudyStore(Direction.MINIMIZE), Clock.systemUTC());
        Budget budget = new Budget(OptionalInt.of(40), maxConcurrent, OptionalInt.empty(), Optional.empty(), 0);
        try (LocalTrialExecutor executor = new LocalTrialExecutor(trainer, maxConcurrent)) {
            StudyOutcome outcome = new StudyRunner(study, budget, executor, StudyListener.NONE, Clock.systemUTC()).run();
            assertEquals(40, outcome.history().count(TrialState.COMPLETED));
            return outcome.history().trials();
        }
    }

    private static List<Map<String, Object>> params(List<Trial> trials) {
        return trials.stream().map(Trial::params).toList();
    }

    @Test
    void oneAtATimeAStudyReplaysExactly() {
        List<Trial> first = run(2024, 1, BRANIN_ISH);
        List<Trial> second = run(2024, 1, BRANIN_ISH);
        assertEquals(params(first), params(second));
        assertEquals(first.stream().map(Trial::value).toList(), second.stream().map(Trial::value).toList());
    }

    @Test
    void atAnyConcurrencyEachTrialNumberGetsTheSameParameters() {
        List<Map<String, Object>> serial = params(run(2024, 1, BRANIN_ISH));
        assertEquals(serial, params(run(2024, 4, JITTERY)));
        assertEquals(serial, params(run(2024, 4, JITTERY)));
    }

    @Test
    void anotherSeedDrawsOtherParameters() {
        List<Map<String, Object>> a = params(run(1, 1, BRANIN_ISH));
        List<Map<String, Object>> b = params(run(2, 1, BRANIN_ISH));
        for (int i = 0; i < a.size(); i++) {
            assertNotEquals(a.get(i), b.get(i), "trial " + i);
        }
    }
}
