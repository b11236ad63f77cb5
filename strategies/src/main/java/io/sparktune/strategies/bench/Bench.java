package io.sparktune.strategies.bench;

import io.sparktune.spec.SpecException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;

/**
 * The benchmark runnable: {@code Bench --sampler tpe --sampler-options '{...}' --scheduler asha
 * --scheduler-options '{...}' --functions branin,hartmann3 --seeds 10 --trials 200 --json}
 * ({@link BenchFlags} lists every flag). Prints the table of {@link BenchReport#table}, or its JSON.
 * Exit code 0, or 2 for a bad flag (the message names it).
 */
public final class Bench {

    /** The lines {@code --help} prints. */
    public static final String USAGE = """
            Runs a sampler (and a scheduler) on benchmark functions for several seeds through the real
            engine, one trial at a time, and prints the median and quartiles of simple regret (best found
            minus the known optimum) at budget checkpoints, with the sampler's mean time per ask.
              --sampler TYPE            a registered sampler (default random)
              --sampler-options JSON    its options, a JSON object
              --scheduler TYPE          a registered scheduler (default: none)
              --scheduler-options JSON  its options
              --functions A,B,...       default branin,hartmann3,hartmann6,rosenbrock,levy,ackley;
                                        multi-fidelity: countingones, mfhartmann6
              --seeds N                 seeds 0 .. N-1 (default 10)
              --trials N                the budget, in full-budget trials (default 200)
              --checkpoints A,B,...     budgets to report (default trials/4, trials/2, trials)
              --steps N                 fidelities a multi-fidelity trial runs through (default 27)
              --cost-per-step X         the simulated cost of one step (default 1)
              --json                    print JSON instead of a table
            """;

    private Bench() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(List.of(args), out, err));
    }

    /** Runs the benchmark the arguments ask for; returns the exit code. */
    public static int run(List<String> args, PrintWriter out, PrintWriter err) {
        BenchFlags.Parsed parsed;
        try {
            parsed = BenchFlags.parse(args);
        } catch (SpecException e) {
            err.println(e.getMessage());
            err.flush();
            return 2;
        }
        if (parsed.help()) {
            out.print(USAGE);
            out.flush();
            return 0;
        }
        print(new Harness(Clock.systemUTC()).run(parsed.plan()), parsed.json(), out);
        return 0;
    }

    /** Prints {@code result} as a table, or as JSON on one line. */
    public static void print(BenchResult result, boolean json, PrintWriter out) {
        if (json) {
            out.println(BenchReport.json(result));
        } else {
            out.print(BenchReport.table(result));
        }
        out.flush();
    }
}
