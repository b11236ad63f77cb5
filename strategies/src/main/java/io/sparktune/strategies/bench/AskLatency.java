package io.sparktune.strategies.bench;

import io.sparktune.sampler.Sampler;
import io.sparktune.scheduler.Scheduler;
import io.sparktune.spec.ComponentSpec;
import io.sparktune.spec.Problems;
import io.sparktune.spec.SpecException;
import io.sparktune.store.memory.InMemoryStudyStore;
import io.sparktune.study.Study;
import io.sparktune.trial.Direction;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How long one sampler takes to ask on a long history: a study on a single-fidelity function (default
 * hartmann6) is given {@code --history} finished trials (random points, told their values). The JVM is
 * warmed up first on a copy of that study ({@code --warmup} asks, each told its value, then thrown
 * away), so that the measured study holds exactly {@code --history} finished trials when its
 * {@code --asks} asks begin, and a long-running study driver's steady state is what is timed; with
 * {@code --warmup 0} the figure is that of a cold JVM. The mean wall time of {@link Study#ask()} is
 * printed in milliseconds, measured with {@link System#nanoTime()}; each asked trial is told its value.
 * <pre>
 *   AskLatency --sampler tpe [--sampler-options JSON] [--function hartmann6] [--history 1000]
 *              [--warmup 500] [--asks 20] [--seed 0] [--json]
 * </pre>
 */
public final class AskLatency {

    private static final Set<String> VALUED = Set.of("--sampler", "--sampler-options", "--function", "--history",
            "--warmup", "--asks", "--seed");

    /** What to measure. */
    public record Plan(ComponentSpec sampler, String function, int history, int warmup, int asks, long seed) {

        public Plan {
            if (history < 0 || warmup < 0 || asks < 1) {
                throw new IllegalArgumentException("history >= 0, warmup >= 0 and asks >= 1 must hold, but got history="
                        + history + ", warmup=" + warmup + ", asks=" + asks);
            }
        }
    }

    private final Clock clock;

    public AskLatency(Clock clock) {
        this.clock = clock;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(List.of(args), out, err));
    }

    /** Measures what the arguments ask for and prints it; returns the exit code (2 for a bad flag). */
    public static int run(List<String> args, PrintWriter out, PrintWriter err) {
        Plan plan;
        boolean json;
        try {
            Problems problems = new Problems();
            Map<String, String> flags = Flags.parse(args, VALUED, Set.of("--json"), problems);
            problems.throwIfAny();
            json = flags.containsKey("--json");
            plan = plan(flags);
        } catch (SpecException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        double millis = new AskLatency(Clock.systemUTC()).measure(plan);
        if (json) {
            out.printf(Locale.ROOT, "{\"sampler\":\"%s\",\"function\":\"%s\",\"history\":%d,\"warmup\":%d,"
                    + "\"asks\":%d,\"meanAskMillis\":%.6f}%n", plan.sampler().type(), plan.function(), plan.history(),
                    plan.warmup(), plan.asks(), millis);
        } else {
            out.printf(Locale.ROOT, "%s on %s with %d finished trials: mean ask %.4f ms over %d asks (after %d warm-up"
                    + " asks)%n", plan.sampler().type(), plan.function(), plan.history(), millis, plan.asks(),
                    plan.warmup());
        }
        out.flush();
        return 0;
    }

    private static Plan plan(Map<String, String> flags) {
        Map<String, String> benchFlags = new java.util.HashMap<>();
        for (String key : List.of("--sampler", "--sampler-options")) {
            if (flags.containsKey(key)) {
                benchFlags.put(key, flags.get(key));
            }
        }
        Problems problems = new Problems();
        String function = flags.getOrDefault("--function", "hartmann6");
        if (!BenchPlan.DEFAULT_FUNCTIONS.contains(function)) {
            problems.add("--function", "must be one of " + String.join(", ", BenchPlan.DEFAULT_FUNCTIONS) + ", got \""
                    + function + "\"");
        }
        int history = number(flags, "--history", 1000, 0, problems);
        int warmup = number(flags, "--warmup", 500, 0, problems);
        int asks = number(flags, "--asks", 20, 1, problems);
        int seed = number(flags, "--seed", 0, 0, problems);
        BenchPlan bench;
        try {
            bench = BenchFlags.read(benchFlags);
        } catch (SpecException e) {
            e.problems().forEach(p -> problems.add(p.path(), p.message()));
            bench = null;
        }
        problems.throwIfAny();
        return new Plan(bench.sampler(), function, history, warmup, asks, seed);
    }

    private static int number(Map<String, String> flags, String flag, int defaultValue, int min, Problems problems) {
        String text = flags.get(flag);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(flag, "must be an integer >= " + min + ", got \"" + text + "\"");
        return defaultValue;
    }

    /** The mean time of one {@link Study#ask()} in milliseconds, as the class comment describes. */
    public double measure(Plan plan) {
        BenchTask task = BenchTask.of(plan.function(), 1);
        timeAsks(plan, task, plan.warmup());
        return timeAsks(plan, task, plan.asks()) / 1e6 / plan.asks();
    }

    /** Asks {@code asks} times on a fresh study holding the plan's history; returns the nanoseconds spent asking. */
    private long timeAsks(Plan plan, BenchTask task, int asks) {
        InMemoryStudyStore store = new InMemoryStudyStore(Direction.MINIMIZE);
        Sampler random = Harness.sampler(ComponentSpec.of("random", "--sampler-options"));
        Study filler = new Study(task.name(), plan.seed(), task.space(), random, Scheduler.none(), store, clock);
        for (int i = 0; i < plan.history(); i++) {
            tell(filler, task, filler.ask().orElseThrow());
        }
        Study study = new Study(task.name(), plan.seed(), task.space(), Harness.sampler(plan.sampler()),
                Scheduler.none(), store, clock);
        long nanos = 0;
        for (int i = 0; i < asks; i++) {
            long start = System.nanoTime();
            Trial trial = study.ask().orElseThrow(() -> new IllegalStateException("the sampler proposed nothing"));
            nanos += System.nanoTime() - start;
            tell(study, task, trial);
        }
        return nanos;
    }

    private static void tell(Study study, BenchTask task, Trial trial) {
        study.tell(trial.number(), TrialState.COMPLETED, task.exact().applyAsDouble(trial.params()), null);
    }
}
