package io.sparktune.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.sparktune.executor.local.LocalTrialExecutor;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Condition;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Budget;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.study.StopReason;
import io.sparktune.study.Study;
import io.sparktune.study.StudyListener;
import io.sparktune.study.StudyOutcome;
import io.sparktune.study.StudyRunner;
import io.sparktune.trainer.Trainer;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real samplers, run by the real runner on threads whose timing varies from run to run: each
 * trial number gets the same parameters at any concurrency, as with one trial at a time.
 */
class ReplayTest {

    /** A conditional space that the grid can list: 2 x (3 + 1) x 3 = 24 combinations. */
    private static final SearchSpace SPACE = SearchSpace.of(
            Parameter.of("layers", IntDomain.of(1, 2)),
            Parameter.of("optimizer", CategoricalDomain.of("sgd", "adam")),
            new Parameter("momentum", new FloatDomain(0.0, 0.9, false, 0.45), Condition.on("optimizer", "sgd")),
            Parameter.of("lr", FloatDomain.logOf(1e-4, 1e-1)));

    private static final int TRIALS = 24;

    /** Sleeps for a random while between reports, so that trials end in a different order each run. */
    private static final Trainer JITTERY = context -> {
        for (long step = 1; step <= 3; step++) {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            context.reporter().report(step, step);
        }
        return ((Double) context.params().get("lr")) * ((Long) context.params().get("layers"));
    };

    private static Sampler sampler(String type) {
        var options = JsonNodeFactory.instance.objectNode();
        if (type.equals("grid")) {
            options.putObject("gridPoints").put("lr", 3);
        }
        return Samplers.create(new ComponentSpec(type, options, "$.strategy.options"));
    }

    private static StudyOutcome run(String type, int maxConcurrent) {
        Study study = new Study("replay", 11, SPACE, sampler(type), Scheduler.none(),
                new InMemoryStudyStore(Direction.MINIMIZE), Clock.systemUTC());
        Budget budget = new Budget(OptionalInt.of(TRIALS), maxConcurrent, OptionalInt.empty(), Optional.empty(), 0);
        try (LocalTrialExecutor executor = new LocalTrialExecutor(JITTERY, maxConcurrent)) {
            return new StudyRunner(study, budget, executor, StudyListener.NONE, Clock.systemUTC()).run();
        }
    }

    private static List<Map<String, Object>> params(StudyOutcome outcome) {
        return outcome.history().trials().stream().map(Trial::params).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"random", "grid"})
    void eachTrialNumberGetsTheSameParametersAtAnyConcurrency(String type) {
        List<Map<String, Object>> serial = params(run(type, 1));
        assertEquals(TRIALS, serial.size());
        for (int attempt = 0; attempt < 3; attempt++) {
            assertEquals(serial, params(run(type, 4)), type + ", concurrent run " + attempt);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void theGridVisitsEveryCombinationOnceThenEndsTheStudy(int maxConcurrent) {
        Study study = new Study("replay", 11, SPACE, sampler("grid"), Scheduler.none(),
                new InMemoryStudyStore(Direction.MINIMIZE), Clock.systemUTC());
        Budget unlimited = new Budget(OptionalInt.empty(), maxConcurrent, OptionalInt.empty(), Optional.empty(), 0);
        StudyOutcome outcome;
        try (LocalTrialExecutor executor = new LocalTrialExecutor(JITTERY, maxConcurrent)) {
            outcome = new StudyRunner(study, unlimited, executor, StudyListener.NONE, Clock.systemUTC()).run();
        }
        assertEquals(StopReason.SAMPLER_EXHAUSTED, outcome.reason());
        List<Map<String, Object>> all = params(outcome);
        assertEquals(TRIALS, all.size());
        assertEquals(TRIALS, new HashSet<>(all).size());
        for (Map<String, Object> p : all) {
            assertEquals(p.get("optimizer").equals("sgd"), p.containsKey("momentum"), p.toString());
        }
    }
}
