package io.sparktune.strategies.functions;

import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Domain;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Options;
import io.sparktune.trainer.Trainer;
import io.sparktune.trainer.TrainerFactory;
import io.sparktune.trainer.TrainerSetup;
import io.sparktune.trial.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code "trainer": {"type": "function", "name": "rosenbrock", "dimension": 4, "noise": 0.1,
 * "steps": 20}}:
 * <ul>
 *   <li>{@code name} (required): one of {@link BenchmarkFunctions#names()};</li>
 *   <li>{@code dimension}: for rosenbrock, levy and ackley; by default, how many parameters
 *       {@code x0, x1, ...} the space has, counting from {@code x0} without gaps;</li>
 *   <li>{@code noise} (default 0): the standard deviation of Gaussian noise added to the value;</li>
 *   <li>{@code steps} (default 0): how many intermediate reports of the synthetic learning curve
 *       described in {@link FunctionTrainer}.</li>
 * </ul>
 * The space must hold {@code x0 .. x(d-1)} as unconditional numeric parameters (float, int, or a
 * fixed or categorical number); other parameters are allowed and ignored.
 *
 * <p>The multi-fidelity functions ({@link MultiFidelityFunctions#names()}) run on a
 * {@link MultiFidelityTrainer}, where {@code steps} is the number of fidelities reported (step
 * {@code s} of {@code S} is fidelity {@code s / S}; 0 evaluates at full fidelity only):
 * <ul>
 *   <li>{@code countingones}: categorical parameters {@code c0, c1, ...} taking 0 and 1 and
 *       continuous ones {@code x0, x1, ...} in {@code [0, 1]}, as many as the space holds of each
 *       (counting without gaps; no {@code dimension}); {@code samples} (default 729) is the number of
 *       Bernoulli samples at full fidelity;</li>
 *   <li>{@code mfhartmann6}: {@code x0 .. x5}.</li>
 * </ul>
 */
public final class FunctionTrainerFactory implements TrainerFactory {

    static final int MAX_DIMENSION = 10_000;
    static final int MAX_STEPS = 1_000_000;

    @Override
    public String type() {
        return "function";
    }

    @Override
    public Trainer create(Options options, TrainerSetup setup) {
        String name = options.getChoice("name", null, names());
        int dimension = options.getInt("dimension", 0, 1, MAX_DIMENSION);
        double noise = options.getDouble("noise", 0, 0, Double.MAX_VALUE);
        int steps = options.getInt("steps", 0, 0, MAX_STEPS);
        if (name == null) {
            return unusable();
        }
        if (MultiFidelityFunctions.isMultiFidelity(name)) {
            Optional<MultiFidelityFunction> function = MultiFidelitySetup.function(name, dimension, options,
                    setup.space());
            return function.<Trainer>map(f -> new MultiFidelityTrainer(f, noise, steps)).orElseGet(
                    FunctionTrainerFactory::unusable);
        }
        Optional<BenchmarkFunction> function = function(name, dimension, options, setup.space());
        if (function.isEmpty()) {
            return unusable();
        }
        Direction direction = setup.objective() == null ? Direction.MINIMIZE : setup.objective().direction();
        return new FunctionTrainer(function.get(), noise, steps, direction);
    }

    /** Every function name: the single-fidelity ones, then the multi-fidelity ones. */
    static List<String> names() {
        List<String> out = new ArrayList<>(BenchmarkFunctions.names());
        out.addAll(MultiFidelityFunctions.names());
        return out;
    }

    /** The function, with its dimension chosen and its coordinates checked against the space. */
    static Optional<BenchmarkFunction> function(String name, int dimension, Options options, SearchSpace space) {
        OptionalInt fixed = BenchmarkFunctions.fixedDimension(name);
        int d;
        if (fixed.isPresent()) {
            if (dimension != 0 && dimension != fixed.getAsInt()) {
                options.problem("dimension", name + " has dimension " + fixed.getAsInt() + ", got " + dimension);
                return Optional.empty();
            }
            d = fixed.getAsInt();
        } else {
            d = dimension != 0 ? dimension : leadingCoordinates(space);
            int min = BenchmarkFunctions.minDimension(name);
            if (d < min) {
                if (dimension != 0) {
                    options.problem("dimension", name + " needs dimension >= " + min + ", got " + dimension);
                } else {
                    options.problems().add("$.space", name + " needs at least " + min + " parameters named x0, x1,"
                            + " ... in the space, found " + d);
                }
                return Optional.empty();
            }
        }
        return checkCoordinates(name, d, options, space) ? Optional.of(BenchmarkFunctions.create(name, d))
                : Optional.empty();
    }

    /** How many of x0, x1, ... the space holds, counting until the first gap. */
    static int leadingCoordinates(SearchSpace space) {
        int d = 0;
        while (d < MAX_DIMENSION && space.parameter("x" + d).isPresent()) {
            d++;
        }
        return d;
    }

    static boolean checkCoordinates(String name, int d, Options options, SearchSpace space) {
        List<String> missing = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < d; i++) {
            Optional<Parameter> p = space.parameter("x" + i);
            if (p.isEmpty()) {
                missing.add("x" + i);
            } else if (!p.get().condition().isAlways()) {
                options.problems().add("$.space.x" + i, "must have no condition: the function trainer needs a value"
                        + " for every coordinate of " + name);
                ok = false;
            } else if (!isNumeric(p.get().domain())) {
                options.problems().add("$.space.x" + i, "must be numeric (float, int, or a fixed or categorical"
                        + " number) for the function trainer, but it is " + p.get().domain().typeName());
                ok = false;
            }
        }
        if (!missing.isEmpty()) {
            options.problems().add("$.space", name + " in " + d + " dimensions needs the parameters x0 .. x"
                    + (d - 1) + " in the space, but " + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing");
            ok = false;
        }
        return ok;
    }

    private static boolean isNumeric(Domain domain) {
        if (domain instanceof FloatDomain || domain instanceof IntDomain) {
            return true;
        }
        if (domain instanceof FixedDomain f) {
            return f.value() instanceof Number;
        }
        return ((CategoricalDomain) domain).choices().stream().allMatch(c -> c instanceof Number);
    }

    /** What the factory returns when its options have problems: they are thrown before any trial runs. */
    private static Trainer unusable() {
        return context -> {
            throw new IllegalStateException("the function trainer cannot run: its options have problems");
        };
    }
}
