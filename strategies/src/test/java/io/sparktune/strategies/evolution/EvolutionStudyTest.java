package io.sparktune.strategies.evolution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.executor.local.LocalTrialExecutor;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Budget;
import io.sparktune.spec.SpecException;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.study.Study;
import io.sparktune.study.StudyListener;
import io.sparktune.study.StudyOutcome;
import io.sparktune.study.StudyRunner;
import io.sparktune.trainer.Trainer;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The registered strategy as a study file names it, run by the real runner with parallel trials. */
class EvolutionStudyTest {

    private static final String STUDY = """
            {
              "name": "evolution",
              "objective": {"metric": "value"},
              "space": {"x0": {"type": "float", "low": -5, "high": 10}, "x1": {"type": "float", "low": 0, "high": 15}},
              "strategy": {"type": "evolution", "options": %s},
              "trainer": {"type": "function", "name": "branin"}
            }
            """;

    @Test
    void aStudyFileNamesItWithItsOptions() {
        StudySpec spec = StudySpecReader.read(STUDY.formatted(
                "{\"population\": 50, \"sampleSize\": 10, \"mutation\": \"perturb\", \"perturbationScale\": 0.2}"),
                Path.of("."));
        Sampler sampler = Samplers.create(spec.strategy());
        assertEquals(new EvolutionSettings(50, 10, Mutation.PERTURB, 0.2), ((EvolutionSampler) sampler).settings());
    }

    @Test
    void badOptionsInAStudyFileAreReportedAtTheirPath() {
        SpecException e = assertThrows(SpecException.class, () -> StudySpecReader.read(
                STUDY.formatted("{\"population\": 50, \"sampleSize\": 60, \"mutaton\": \"redraw\"}"), Path.of(".")));
        assertEquals("""
                $.strategy.options.sampleSize: must be <= population (50), got 60
                $.strategy.options.mutaton: unknown option, did you mean "mutation"? \
                (known: population, sampleSize, mutation, perturbationScale)""", e.getMessage());
    }

    @Test
    void improvesOnItsRandomStartWithFourTrialsAtATime() {
        SearchSpace space = SearchSpace.of(Parameter.of("x", FloatDomain.of(-5, 5)),
                Parameter.of("y", FloatDomain.of(-5, 5)));
        Trainer quadratic = context -> {
            double x = (Double) context.params().get("x") - 1;
            double y = (Double) context.params().get("y") + 2;
            return x * x + y * y;
        };
        Study study = new Study("evolution", 3, space, new EvolutionSampler(new EvolutionSettings(10, 3,
                Mutation.PERTURB, 0.2)), Scheduler.none(), new InMemoryStudyStore(Direction.MINIMIZE),
                Clock.systemUTC());
        Budget budget = new Budget(OptionalInt.of(120), 4, OptionalInt.empty(), Optional.empty(), 0);
        StudyOutcome outcome;
        try (LocalTrialExecutor executor = new LocalTrialExecutor(quadratic, 4)) {
            outcome = new StudyRunner(study, budget, executor, StudyListener.NONE, Clock.systemUTC()).run();
        }
        List<Trial> trials = outcome.history().trials();
        assertEquals(120, trials.size());
        assertTrue(trials.stream().allMatch(t -> t.state() == TrialState.COMPLETED && space.contains(t.params())));
        double randomStart = trials.subList(0, 10).stream().mapToDouble(Trial::value).min().orElseThrow();
        double best = outcome.best().orElseThrow().value();
        assertTrue(best < randomStart, "best " + best + ", best of the random start " + randomStart);
    }
}
