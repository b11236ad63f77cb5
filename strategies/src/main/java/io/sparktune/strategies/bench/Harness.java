package io.sparktune.strategies.bench;

import io.sparktune.executor.local.LocalTrialExecutor;
import io.sparktune.sampler.Sampler;
import io.sparktune.sampler.SamplerFactory;
import io.sparktune.sampler.Samplers;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.scheduler.SchedulerFactory;
import io.sparktune.scheduler.Schedulers;
import io.sparktune.spec.Budget;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.study.StopReason;
import io.sparktune.study.Study;
import io.sparktune.study.StudyListener;
import io.sparktune.study.StudyOutcome;
import io.sparktune.study.StudyRunner;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrainerSetup;
import io.sparktune.trainer.Trainers;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Objective;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a {@link BenchPlan} through the real engine: for each function and seed, a {@link Study} on an
 * {@link InMemoryStudyStore} with the plan's sampler and scheduler, run by a {@link StudyRunner} on a
 * {@link LocalTrialExecutor} one trial at a time (so a run replays exactly), with the {@code function}
 * trainer. The study's seed is the seed; the run ends when the trials have spent the budget (the
 * last trial may run past it, and then does not count).
 *
 * <p>The incumbent after some budget is the completed trial with the best final value among those
 * that ended within it (a pruned trial never counts: its value is of a lower fidelity); its regret is
 * its exact value (noise-free and at full fidelity) minus the known optimum. The optima are known to
 * six significant digits (hartmann3's true minimum is 2e-6 below -3.86278), so a regret below 0 counts
 * as 0.
 */
public final class Harness {

    private final Clock clock;

    public Harness(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs every function of {@code plan}. */
    public BenchResult run(BenchPlan plan) {
        List<FunctionResult> results = new ArrayList<>();
        for (String function : plan.functions()) {
            results.add(run(plan, BenchTask.of(function, plan.steps())));
        }
        return new BenchResult(plan, results);
    }

    /** Runs {@code task} for every seed of {@code plan}. */
    public FunctionResult run(BenchPlan plan, BenchTask task) {
        List<SeedRun> runs = new ArrayList<>();
        for (long seed = 0; seed < plan.seeds(); seed++) {
            runs.add(runSeed(plan, task, seed));
        }
        List<FunctionResult.Checkpoint> checkpoints = new ArrayList<>();
        for (int budget : plan.checkpoints()) {
            double[] regrets = runs.stream().mapToDouble(r -> r.regretAt(budget)).toArray();
            checkpoints.add(new FunctionResult.Checkpoint(budget, Quartiles.of(regrets)));
        }
        long asks = runs.stream().mapToLong(SeedRun::asks).sum();
        long nanos = runs.stream().mapToLong(SeedRun::askNanos).sum();
        return new FunctionResult(task.name(), task.optimum(), task.steps(), runs, checkpoints,
                asks == 0 ? 0 : nanos / 1e3 / asks);
    }

    /** One run of {@code plan}'s strategy on {@code task} with study seed {@code seed}. */
    public SeedRun runSeed(BenchPlan plan, BenchTask task, long seed) {
        TimedSampler timed = new TimedSampler(sampler(plan.sampler()));
        long limit = (long) plan.trials() * task.stepsPerFullTrial();
        Study study = new Study(task.name(), seed, task.space(), new BudgetedSampler(timed, limit, task.steps()),
                scheduler(plan.scheduler()), new InMemoryStudyStore(Direction.MINIMIZE), clock);
        Trainer trainer = Trainers.create(task.trainer(), new TrainerSetup(task.name(), seed,
                new Objective("value", Direction.MINIMIZE), task.space(), Path.of(".")));
        Budget budget = new Budget(OptionalInt.empty(), 1, OptionalInt.of(1), Optional.empty(), 0);
        StudyOutcome outcome;
        try (LocalTrialExecutor executor = new LocalTrialExecutor(trainer, 1)) {
            outcome = new StudyRunner(study, budget, executor, StudyListener.NONE, clock).run();
        }
        if (outcome.reason() != StopReason.SAMPLER_EXHAUSTED) {
            throw new IllegalStateException("the run on " + task.name() + " with seed " + seed + " stopped early: "
                    + outcome.message());
        }
        return summarize(task, seed, outcome.history().trials(), plan.costPerStep(), timed);
    }

    static SeedRun summarize(BenchTask task, long seed, List<Trial> trials, double costPerStep, TimedSampler timed) {
        List<SeedRun.Improvement> trajectory = new ArrayList<>();
        long spent = 0;
        double best = Double.POSITIVE_INFINITY;
        for (Trial t : trials) {
            spent += BudgetedSampler.cost(t, task.steps());
            if (t.state() == TrialState.COMPLETED && t.value() != null && t.value() < best) {
                best = t.value();
                double regret = Math.max(0, task.exact().applyAsDouble(t.params()) - task.optimum());
                trajectory.add(new SeedRun.Improvement((double) spent / task.stepsPerFullTrial(), regret));
            }
        }
        return new SeedRun(seed, trials.size(), spent * costPerStep, trajectory, timed.calls(), timed.nanos());
    }

    /** The sampler {@code spec} names; its problems are reported at the {@code --sampler} flags. */
    static Sampler sampler(ComponentSpec spec) {
        return Samplers.registry().create(spec, "--sampler", SamplerFactory::create);
    }

    /** The scheduler {@code spec} names, if any; its problems are reported at the {@code --scheduler} flags. */
    static Scheduler scheduler(Optional<ComponentSpec> spec) {
        return spec.map(s -> Schedulers.registry().create(s, "--scheduler", SchedulerFactory::create))
                .orElseGet(Scheduler::none);
    }
}
