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
import java.util.Map;
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
    void withFourTrialsAtATimeEveryChildKeepsACoordinateOfOneOfThePreviousPopulationTrials() {
        int population = 10;
        SearchSpace space = SearchSpace.of(Parameter.of("x", FloatDomain.of(-5, 5)),
                Parameter.of("y", FloatDomain.of(-5, 5)));
        Trainer quadratic = context -> {
            double x = (Double) context.params().get("x") - 1;
            double y = (Double) context.params().get("y") + 2;
            return x * x + y * y;
        };
        Study study = new Study("evolution", 3, space, new EvolutionSampler(new EvolutionSettings(population, 3,
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
        for (int n = population; n < trials.size(); n++) {
            Map<String, Object> child = trials.get(n).params();
            boolean hasParent = trials.subList(n - population, n).stream()
                    .anyMatch(t -> sharedValues(t.params(), child) == 1);
            assertTrue(hasParent, "trial " + n + " keeps a coordinate of one of the " + population
                    + " trials before it (its parent, running or not), as a random draw never would: " + child);
        }
    }

    private static long sharedValues(Map<String, Object> a, Map<String, Object> b) {
        return a.keySet().stream().filter(name -> a.get(name).equals(b.get(name))).count();
    }
}
