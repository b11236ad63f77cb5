package io.sparktune.strategies.functions;

import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Multi-fidelity Hartmann6, from Kandasamy, Dasarathy, Schneider and Poczos (2017),
 * "Multi-fidelity Bayesian Optimisation with Continuous Approximations" (BOCA), ICML: the Hartmann6
 * function with its weights alpha shifted by the fidelity {@code z in (0, 1]},
 * <pre>
 *   f(x, z) = -sum_{i=1..4} alpha'_i exp(-sum_j A_ij (x_j - P_ij)^2),   alpha' = alpha - delta (1 - z),
 * </pre>
 * with {@code delta = 0.1} for each of the four weights and one scalar fidelity shared by all four
 * (the paper's fidelity space is {@code [0, 1]^p}; its authors' code, Dragonfly, gives each weight
 * its own fidelity coordinate, and BoTorch's AugmentedHartmann shifts only alpha_1). At {@code z = 1}
 * it is Hartmann6 ({@code f* = -3.32237}); lower fidelities flatten the function upwards by
 * {@code 0.1 (1 - z) sum_i exp(...)}, so they are cheap, biased views of it. No noise of its own.
 */
final class MultiFidelityHartmann implements MultiFidelityFunction {

    /** The shift delta of each weight at fidelity 0. */
    static final double DELTA = 0.1;

    private final Hartmann hartmann = Hartmann.six();

    @Override
    public String name() {
        return "mfhartmann6";
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (int i = 0; i < hartmann.dimension(); i++) {
            out.add(Parameter.of("x" + i, FloatDomain.of(0, 1)));
        }
        return out;
    }

    @Override
    public double optimum() {
        return hartmann.optimum();
    }

    @Override
    public double exact(Map<String, Object> params) {
        return hartmann.evaluate(FunctionTrainer.point(params, hartmann.dimension()));
    }

    @Override
    public Evaluation evaluation(Map<String, Object> params, long seed) {
        double[] x = FunctionTrainer.point(params, hartmann.dimension());
        return fidelity -> at(x, fidelity);
    }

    /** f(x, z). */
    double at(double[] x, double fidelity) {
        MultiFidelityFunction.requireFidelity(fidelity);
        double[] weights = Hartmann.ALPHA.clone();
        for (int i = 0; i < weights.length; i++) {
            weights[i] -= DELTA * (1 - fidelity);
        }
        return hartmann.evaluate(x, weights);
    }
}
