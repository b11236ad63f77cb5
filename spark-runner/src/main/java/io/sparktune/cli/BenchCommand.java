package io.sparktune.cli;

import io.sparktune.strategies.bench.Bench;
import io.sparktune.strategies.bench.BenchFlags;
import io.sparktune.strategies.bench.BenchPlan;
import io.sparktune.strategies.bench.Harness;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sparktune bench [--sampler TYPE] [--sampler-options JSON] [--scheduler TYPE] ...}: the
 * benchmark harness of {@link Bench}, with its flags, which {@link BenchFlags} checks.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Runs a sampler (and a scheduler) on benchmark functions for several seeds, one trial at a time,",
            "and prints the median and quartiles of simple regret (best found minus the known optimum) at",
            "budget checkpoints, with the sampler's mean time per ask. Exit code 2 for a bad flag."})
final class BenchCommand extends CliCommand {

    @Option(names = "--sampler", paramLabel = "TYPE", description = "A registered sampler (default random).")
    String sampler;

    @Option(names = "--sampler-options", paramLabel = "JSON", description = "The sampler's options, a JSON object.")
    String samplerOptions;

    @Option(names = "--scheduler", paramLabel = "TYPE", description = "A registered scheduler (default: none).")
    String scheduler;

    @Option(names = "--scheduler-options", paramLabel = "JSON", description = "The scheduler's options, a JSON object.")
    String schedulerOptions;

    @Option(names = "--functions", paramLabel = "A,B,...", description = {
        "Benchmark functions (default branin,hartmann3,hartmann6,rosenbrock,levy,ackley);",
        "multi-fidelity: countingones, mfhartmann6."})
    String functions;

    @Option(names = "--seeds", paramLabel = "N", description = "Seeds 0 .. N-1 (default 10).")
    String seeds;

    @Option(names = "--trials", paramLabel = "N", description = "The budget, in full-budget trials (default 200).")
    String trials;

    @Option(names = "--checkpoints", paramLabel = "A,B,...",
            description = "Budgets to report, in full-budget trials (default trials/4, trials/2, trials).")
    String checkpoints;

    @Option(names = "--steps", paramLabel = "N",
            description = "Fidelities a multi-fidelity trial runs through (default 27).")
    String steps;

    @Option(names = "--cost-per-step", paramLabel = "X", description = "The simulated cost of one step (default 1).")
    String costPerStep;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    int execute() {
        Map<String, String> flags = new LinkedHashMap<>();
        put(flags, "--sampler", sampler);
        put(flags, "--sampler-options", samplerOptions);
        put(flags, "--scheduler", scheduler);
        put(flags, "--scheduler-options", schedulerOptions);
        put(flags, "--functions", functions);
        put(flags, "--seeds", seeds);
        put(flags, "--trials", trials);
        put(flags, "--checkpoints", checkpoints);
        put(flags, "--steps", steps);
        put(flags, "--cost-per-step", costPerStep);
        BenchPlan plan = BenchFlags.read(flags);
        Bench.print(new Harness(Clock.systemUTC()).run(plan), json, out());
        return ExitCodes.OK;
    }

    private static void put(Map<String, String> flags, String flag, String value) {
        if (value != null) {
            flags.put(flag, value);
        }
    }
}
