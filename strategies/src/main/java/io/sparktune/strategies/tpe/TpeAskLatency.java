package io.sparktune.strategies.tpe;

import io.sparktune.random.Seeds;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.strategies.functions.BenchmarkFunction;
import io.sparktune.strategies.functions.BenchmarkFunctions;
import io.sparktune.strategies.functions.Bounds;
import io.sparktune.trial.Direction;
import io.sparktune.trial.History;
import io.sparktune.trial.Trial;
import io.sparktune.trial.TrialState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Times one TPE proposal with a long history: a hartmann6 study ({@code x0..x5} floats on
 * [0, 1]) with {@code trials} completed trials at uniformly random points, valued by the function,
 * then {@code warmup} proposals that are not timed and {@code calls} that are. Prints one line:
 * <pre>
 * tpe-ask-latency function=hartmann6 trials=1000 mode=univariate calls=1000 warmup=1000 mean_ms=0.1234 cpu_ms=0.1200
 * </pre>
 * {@code mean_ms} is the mean wall time of one proposal, {@code cpu_ms} the mean CPU time of the
 * calling thread (less disturbed when other processes share the machine).
 * Arguments, each optional, as {@code --name=value}: {@code --trials} (1000), {@code --calls}
 * (1000), {@code --warmup} (1000; the JIT needs a few hundred proposals to settle),
 * {@code --seed} (1), {@code --function} (hartmann6; any name of
 * {@link BenchmarkFunctions} with a fixed dimension), and the flags {@code --multivariate} and
 * {@code --group} (which implies multivariate). The constant liar is on, as by default; the history
 * has no running trial, so it changes nothing here.
 */
public final class TpeAskLatency {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private TpeAskLatency() {
    }

    public static void main(String[] args) {
        Map<String, String> a = arguments(args);
        int trials = Integer.parseInt(a.getOrDefault("trials", "1000"));
        int calls = Integer.parseInt(a.getOrDefault("calls", "1000"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "1000"));
        long seed = Long.parseLong(a.getOrDefault("seed", "1"));
        String name = a.getOrDefault("function", "hartmann6");
        boolean group = a.containsKey("group");
        boolean multivariate = group || a.containsKey("multivariate");
        BenchmarkFunction function = BenchmarkFunctions.create(name).orElseThrow(
                () -> new IllegalArgumentException("--function must have a fixed dimension, but got " + name));
        SearchSpace space = spaceOf(function);
        History history = historyOf(function, space, trials, seed);
        TpeSampler sampler = new TpeSampler(TpeOptions.defaults().withMultivariate(multivariate, group));
        double checksum = 0;
        for (int i = 0; i < warmup; i++) {
            checksum += propose(sampler, space, history, seed, i);
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            checksum += propose(sampler, space, history, seed, warmup + i);
        }
        double meanMs = (System.nanoTime() - start) / 1e6 / Math.max(1, calls);
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / Math.max(1, calls);
        String mode = group ? "group" : multivariate ? "multivariate" : "univariate";
        System.out.printf(Locale.ROOT,
                "tpe-ask-latency function=%s trials=%d mode=%s calls=%d warmup=%d mean_ms=%.4f cpu_ms=%.4f%n",
                name, trials, mode, calls, warmup, meanMs, cpuMs);
        if (Double.isNaN(checksum)) {
            System.out.println("a proposal was not a number");
        }
    }

    private static double propose(TpeSampler sampler, SearchSpace space, History history, long seed, int i) {
        Map<String, Object> params =
                sampler.propose(space, history, Seeds.forTrial(seed, history.size() + i)).orElseThrow();
        return (Double) params.get("x0");
    }

    static SearchSpace spaceOf(BenchmarkFunction function) {
        List<Parameter> parameters = new ArrayList<>();
        List<Bounds> bounds = function.bounds();
        for (int d = 0; d < bounds.size(); d++) {
            parameters.add(Parameter.of("x" + d, FloatDomain.of(bounds.get(d).low(), bounds.get(d).high())));
        }
        return new SearchSpace(parameters);
    }

    static History historyOf(BenchmarkFunction function, SearchSpace space, int trials, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Bounds> bounds = function.bounds();
        List<Trial> list = new ArrayList<>(trials);
        for (int n = 0; n < trials; n++) {
            double[] x = new double[bounds.size()];
            Map<String, Object> params = new LinkedHashMap<>();
            for (int d = 0; d < x.length; d++) {
                x[d] = rng.nextDouble(bounds.get(d).low(), bounds.get(d).high());
                params.put("x" + d, x[d]);
            }
            Trial created = Trial.created(n, params, TrialState.RUNNING, T0.plusSeconds(n));
            list.add(created.finished(TrialState.COMPLETED, function.evaluate(x), null, T0.plusSeconds(n + 1)));
        }
        return new History(Direction.MINIMIZE, list);
    }

    private static Map<String, String> arguments(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("arguments are --name=value or --flag, but got " + arg);
            }
            int eq = arg.indexOf('=');
            out.put(eq < 0 ? arg.substring(2) : arg.substring(2, eq), eq < 0 ? "true" : arg.substring(eq + 1));
        }
        return out;
    }
}
