package io.sparktune.strategies.functions;

import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.Domain;
import io.sparktune.space.FixedDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.spec.Options;
import java.util.Optional;

/** Reads the function trainer's options for a multi-fidelity function and checks its parameters in the space. */
final class MultiFidelitySetup {

    static final int MAX_SAMPLES = 1_000_000;

    private MultiFidelitySetup() {
    }

    /** The function {@code name} for this space, or empty after reporting its problems. */
    static Optional<MultiFidelityFunction> function(String name, int dimension, Options options, SearchSpace space) {
        if (name.equals("countingones")) {
            int samples = options.getInt("samples", CountingOnes.DEFAULT_SAMPLES, 1, MAX_SAMPLES);
            if (dimension != 0) {
                options.problem("dimension", "countingones takes its dimensions from the space (c0, c1, ... and"
                        + " x0, x1, ...), got " + dimension);
                return Optional.empty();
            }
            return countingOnes(options, space, samples);
        }
        if (dimension != 0 && dimension != 6) {
            options.problem("dimension", name + " has dimension 6, got " + dimension);
            return Optional.empty();
        }
        return FunctionTrainerFactory.checkCoordinates(name, 6, options, space)
                ? Optional.of(new MultiFidelityHartmann()) : Optional.empty();
    }

    private static Optional<MultiFidelityFunction> countingOnes(Options options, SearchSpace space, int samples) {
        int categorical = leading(space, "c");
        int continuous = leading(space, "x");
        if (categorical + continuous == 0) {
            options.problems().add("$.space", "countingones needs categorical parameters c0, c1, ... (0 or 1)"
                    + " and/or continuous ones x0, x1, ... (in [0, 1]) in the space, found none");
            return Optional.empty();
        }
        boolean ok = true;
        for (int i = 0; i < categorical; i++) {
            ok &= check(options, space.parameter("c" + i).orElseThrow(), true);
        }
        for (int i = 0; i < continuous; i++) {
            ok &= check(options, space.parameter("x" + i).orElseThrow(), false);
        }
        return ok ? Optional.of(new CountingOnes(categorical, continuous, samples)) : Optional.empty();
    }

    /** How many of {@code prefix}0, {@code prefix}1, ... the space holds, counting until the first gap. */
    static int leading(SearchSpace space, String prefix) {
        int d = 0;
        while (d < FunctionTrainerFactory.MAX_DIMENSION && space.parameter(prefix + d).isPresent()) {
            d++;
        }
        return d;
    }

    private static boolean check(Options options, Parameter p, boolean binary) {
        String path = "$.space." + p.name();
        if (!p.condition().isAlways()) {
            options.problems().add(path, "must have no condition: countingones needs a value for every parameter");
            return false;
        }
        boolean fits = binary ? isBinary(p.domain()) : isUnitInterval(p.domain());
        if (!fits) {
            options.problems().add(path, binary
                    ? "must take only the values 0 and 1 for countingones (a categorical [0, 1] or an int from 0 to 1)"
                    : "must lie in [0, 1] for countingones (a float from 0 to 1)");
        }
        return fits;
    }

    private static boolean isBinary(Domain domain) {
        if (domain instanceof CategoricalDomain c) {
            return c.choices().stream().allMatch(MultiFidelitySetup::isBit);
        }
        if (domain instanceof IntDomain i) {
            return i.low() >= 0 && i.high() <= 1;
        }
        return domain instanceof FixedDomain f && isBit(f.value());
    }

    private static boolean isBit(Object value) {
        return value instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1);
    }

    private static boolean isUnitInterval(Domain domain) {
        if (domain instanceof FloatDomain f) {
            return f.low() >= 0 && f.high() <= 1;
        }
        if (domain instanceof IntDomain i) {
            return i.low() >= 0 && i.high() <= 1;
        }
        if (domain instanceof FixedDomain f) {
            return f.value() instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1;
        }
        return ((CategoricalDomain) domain).choices().stream()
                .allMatch(c -> c instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1);
    }
}
