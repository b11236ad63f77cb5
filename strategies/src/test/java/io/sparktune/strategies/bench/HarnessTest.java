package io.sparktune.strategies.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.spec.ComponentSpec;
import io.sparktune.trial.Report;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HarnessTest {

    private static final Harness HARNESS = new Harness(Clock.systemUTC());

    private static BenchPlan tiny(List<String> functions) {
        return new BenchPlan(ComponentSpec.of("random", "--sampler-options"), Optional.empty(), functions, 4, 12,
                List.of(3, 6, 12), 3, 2);
    }

    @Test
    void randomSearchGivesOrderedNonNegativeRegretsThatShrinkWithBudget() {
        BenchResult result = HARNESS.run(tiny(List.of("branin", "hartmann3", "rosenbrock", "countingones",
                "mfhartmann6")));
        assertEquals(5, result.functions().size());
        for (FunctionResult f : result.functions()) {
            assertEquals(List.of(3, 6, 12), f.checkpoints().stream().map(FunctionResult.Checkpoint::budget).toList());
            assertEquals(4, f.runs().size());
            for (FunctionResult.Checkpoint c : f.checkpoints()) {
                Quartiles q = c.regret();
                assertTrue(0 <= q.q1() && q.q1() <= q.median() && q.median() <= q.q3(), f.function() + ": " + q);
                assertTrue(Double.isFinite(q.q3()), "every seed has completed a trial by budget 3: " + q);
            }
            for (SeedRun run : f.runs()) {
                assertEquals(12, run.trials(), "without a scheduler every trial spends a full budget");
                assertEquals(12 * Math.max(1, f.steps()) * 2.0, run.budgetSpent(), 0, "steps times costPerStep 2");
                assertTrue(run.asks() >= 12);
                assertTrue(run.regretAt(12) <= run.regretAt(6) && run.regretAt(6) <= run.regretAt(3),
                        "exact and best-observed agree without noise: " + run);
                assertEquals(Double.POSITIVE_INFINITY, run.regretAt(0.5));
            }
        }
        FunctionResult ones = result.functions().get(3);
        assertEquals("countingones", ones.function());
        assertEquals(3, ones.steps());
        assertEquals(-16, ones.optimum());
        assertEquals(0, result.functions().get(0).steps());
    }

    @Test
    void theSameSeedsGiveTheSameResults() {
        BenchPlan plan = tiny(List.of("levy", "countingones"));
        BenchResult first = HARNESS.run(plan);
        BenchResult second = HARNESS.run(plan);
        for (int i = 0; i < 2; i++) {
            FunctionResult a = first.functions().get(i);
            FunctionResult b = second.functions().get(i);
            assertEquals(a.checkpoints(), b.checkpoints());
            for (int s = 0; s < a.runs().size(); s++) {
                assertEquals(a.runs().get(s).trajectory(), b.runs().get(s).trajectory());
            }
        }
        assertTrue(!first.functions().get(0).runs().get(0).trajectory()
                .equals(first.functions().get(0).runs().get(1).trajectory()), "different seeds search differently");
    }

    @Test
    void prunedTrialsSpendTheirStepsButNeverBecomeTheIncumbent() {
        BenchTask task = BenchTask.of("mfhartmann6", 3);
        Map<String, Object> good = Map.of("x0", 0.20169, "x1", 0.150011, "x2", 0.476874, "x3", 0.275332, "x4",
                0.311652, "x5", 0.6573);
        Map<String, Object> poor = Map.of("x0", 0.9, "x1", 0.9, "x2", 0.9, "x3", 0.9, "x4", 0.9, "x5", 0.9);
        Instant now = Instant.EPOCH;
        List<Trial> trials = List.of(
                ended(0, poor, TrialState.COMPLETED, 3, -0.1, now),
                ended(1, good, TrialState.PRUNED, 1, -3.0, now),
                ended(2, good, TrialState.COMPLETED, 3, -3.32, now));
        SeedRun run = Harness.summarize(task, 7, trials, 0.5, new TimedSampler((s, h, r) -> Optional.empty()));
        assertEquals(7, run.seed());
        assertEquals(3, run.trials());
        assertEquals(7 * 0.5, run.budgetSpent(), 0);
        assertEquals(2, run.trajectory().size());
        assertEquals(1.0, run.trajectory().get(0).budget(), 0);
        assertEquals(7 / 3.0, run.trajectory().get(1).budget(), 1e-12);
        assertEquals(task.exact().applyAsDouble(poor) + 3.32237, run.regretAt(2), 1e-12,
                "the pruned trial's low-fidelity value does not count");
        assertEquals(0, run.regretAt(3), 1e-5);
    }

    private static Trial ended(int number, Map<String, Object> params, TrialState state, int steps, double value,
            Instant now) {
        Trial trial = Trial.created(number, params, TrialState.RUNNING, now);
        for (int s = 1; s <= steps; s++) {
            trial = trial.withReport(new Report(s, value), trial.createdAt());
        }
        return trial.finished(state, value, state == TrialState.PRUNED ? "rung 1" : null, now);
    }

    @Test
    void theBudgetedSamplerStopsOnceTheStepsAreSpent() {
        BudgetedSampler sampler = new BudgetedSampler((s, h, r) -> Optional.of(Map.of()), 4, 3);
        io.sparktune.trial.History history = io.sparktune.trial.History.empty(io.sparktune.trial.Direction.MINIMIZE)
                .with(ended(0, Map.of(), TrialState.COMPLETED, 3, 1, Instant.EPOCH));
        assertTrue(sampler.propose(null, history, null).isPresent(), "3 of 4 steps spent");
        history = history.with(ended(1, Map.of(), TrialState.PRUNED, 1, 1, Instant.EPOCH));
        assertTrue(sampler.propose(null, history, null).isEmpty(), "4 of 4 steps spent");
        BudgetedSampler evaluations = new BudgetedSampler((s, h, r) -> Optional.of(Map.of()), 2, 0);
        assertTrue(evaluations.propose(null, history, null).isEmpty(), "two single evaluations spend 2");
    }

    @Test
    void quartilesInterpolateLinearlyAsNumpyDoes() {
        assertEquals(new Quartiles(1.75, 2.5, 3.25), Quartiles.of(new double[] {4, 1, 3, 2}));
        assertEquals(new Quartiles(5, 5, 5), Quartiles.of(new double[] {5}));
        assertEquals(new Quartiles(2, 3, Double.POSITIVE_INFINITY),
                Quartiles.of(new double[] {1, 2, 3, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}));
    }

    @Test
    void tasksSearchTheStandardSpaces() {
        assertEquals(4, BenchTask.of("rosenbrock", 1).space().size());
        assertEquals(5, BenchTask.of("levy", 1).space().size());
        assertEquals(5, BenchTask.of("ackley", 1).space().size());
        assertEquals(16, BenchTask.of("countingones", 5).space().size());
        assertEquals(5, BenchTask.of("countingones", 5).steps());
        assertEquals(0, BenchTask.of("branin", 5).steps(), "steps apply to multi-fidelity functions only");
        assertEquals(0.397887, BenchTask.of("branin", 1).optimum());
    }
}
