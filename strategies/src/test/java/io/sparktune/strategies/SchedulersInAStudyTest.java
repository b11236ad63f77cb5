package io.sparktune.strategies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.executor.local.LocalTrialExecutor;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.StudySpec;
import io.sparktune.spec.StudySpecReader;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.study.StopReason;
import io.sparktune.study.Study;
import io.sparktune.study.StudyListener;
import io.sparktune.study.StudyOutcome;
import io.sparktune.study.StudyRunner;
import io.sparktune.trainer.Trainers;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each registered scheduler in a real study, read from a study file and run by the real runner:
 * random search on Branin, whose trials report a 27-step learning curve. The scheduler prunes some
 * trials, with its reason stored on the trial, and the study completes.
 */
class SchedulersInAStudyTest {

    private static final int TRIALS = 40;
    private static final int STEPS = 27;

    private static StudyOutcome run(String scheduler, int maxConcurrent) {
        String file = """
                {"name": "pruned-branin", "seed": 3, "objective": {"metric": "value"},
                 "space": {"x0": {"type": "float", "low": -5, "high": 10}, "x1": {"type": "float", "low": 0, "high": 15}},
                 "strategy": {"type": "random"},
                 "scheduler": %s,
                 "budget": {"maxTrials": %d, "maxConcurrent": %d},
                 "trainer": {"type": "function", "name": "branin", "steps": %d, "noise": 0.05}}
                """.formatted(scheduler, TRIALS, maxConcurrent, STEPS);
        StudySpec spec = StudySpecReader.read(file, Path.of("."));
        Study study = new Study(spec.name(), spec.seed(), spec.space(), Samplers.create(spec.strategy()),
                Schedulers.create(spec.scheduler()), new InMemoryStudyStore(spec.objective().direction()),
                Clock.systemUTC());
        try (LocalTrialExecutor executor = new LocalTrialExecutor(Trainers.create(spec.trainer(), spec.trainerSetup()),
                maxConcurrent)) {
            return new StudyRunner(study, spec.budget(), executor, StudyListener.NONE, Clock.systemUTC()).run();
        }
    }

    @ParameterizedTest(name = "{0} with {2} at a time")
    @CsvSource(delimiter = '|', value = {
            "{\"type\": \"asha\", \"options\": {\"maxT\": 27}}"
                    + "|rung [0-2] \\(step [139]\\): \\S+ is not in the top 1/3 of \\d+ trials \\(cut \\S+\\)|1",
            "{\"type\": \"asha\", \"options\": {\"maxT\": 27}}"
                    + "|rung [0-2] \\(step [139]\\): \\S+ is not in the top 1/3 of \\d+ trials \\(cut \\S+\\)|4",
            "{\"type\": \"asha\", \"options\": {\"maxT\": 27, \"brackets\": 2}}"
                    + "|bracket [01], rung [0-2] \\(step [139]\\): \\S+ is not in the top 1/3 of \\d+ trials \\(cut \\S+\\)|1",
            "{\"type\": \"hyperband\", \"options\": {\"R\": 27}}"
                    + "|bracket s=[1-3], round [0-2] \\(step [139]\\): \\S+ is not in the top \\d+ of \\d+ trials \\(cut \\S+\\)|1",
            "{\"type\": \"median\"}"
                    + "|step \\d+: best \\S+ is worse than the median \\S+ of \\d+ other trials' running averages|1",
            "{\"type\": \"median\", \"options\": {\"minSteps\": 3}}"
                    + "|step \\d+: best \\S+ is worse than the median \\S+ of \\d+ other trials' running averages|4",
    })
    void prunesSomeTrialsWithTheirReasonAndTheStudyCompletes(String scheduler, String reason, int maxConcurrent) {
        StudyOutcome outcome = run(scheduler, maxConcurrent);
        assertEquals(StopReason.MAX_TRIALS, outcome.reason(), outcome.message());
        List<Trial> trials = outcome.history().trials();
        assertEquals(TRIALS, trials.size());
        List<Trial> pruned = outcome.history().inState(TrialState.PRUNED);
        List<Trial> completed = outcome.history().inState(TrialState.COMPLETED);
        assertEquals(TRIALS, pruned.size() + completed.size(), "no trial failed: " + trials);
        assertTrue(pruned.size() >= 5, "only " + pruned.size() + " trials were pruned");
        assertTrue(completed.size() >= 1, "no trial completed");
        Pattern expected = Pattern.compile(reason);
        for (Trial t : pruned) {
            assertTrue(expected.matcher(t.reason()).matches(), "trial " + t.number() + ": " + t.reason());
            assertTrue(t.reports().size() < STEPS, "trial " + t.number() + " was pruned after its last step");
            assertEquals(t.lastReport().map(Report::value).orElseThrow(), t.value(), "a pruned trial keeps its last value");
        }
        for (Trial t : completed) {
            assertEquals(STEPS, t.reports().size(), "trial " + t.number() + " completed early");
        }
        assertEquals(TrialState.COMPLETED, outcome.best().orElseThrow().state());
        long steps = trials.stream().mapToLong(t -> t.reports().size()).sum();
        assertTrue(steps < (long) TRIALS * STEPS, "pruning saved no step");
    }
}
