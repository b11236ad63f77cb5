package io.sparktune.strategies.functions;

import io.sparktune.space.Parameter;
import java.util.List;
import java.util.Map;

/**
 * A test function with a fidelity: {@code f(x, z)} for {@code z in (0, 1]}, where lower fidelities
 * are cheaper and less exact and {@code z = 1} is the function itself. A trial evaluates it at
 * increasing fidelities, as a network is trained for more epochs, so multi-fidelity schedulers
 * (ASHA, Hyperband) can be measured on ground truth.
 */
public interface MultiFidelityFunction {

    /** The registered name, such as {@code countingones}. */
    String name();

    /** The parameters a trial needs, each with its standard domain: the space a benchmark searches. */
    List<Parameter> parameters();

    /** The minimum of {@link #exact} over the space. */
    double optimum();

    /** The value at full fidelity without sampling noise: what regret is measured on. */
    double exact(Map<String, Object> params);

    /**
     * Starts evaluating one trial at {@code params}; {@code seed} drives its sampling noise, so a
     * trial's values depend only on its parameters and its seed.
     *
     * @throws IllegalArgumentException when a parameter is missing or outside its domain
     */
    Evaluation evaluation(Map<String, Object> params, long seed);

    /** One trial's evaluations at fidelities that never decrease. Not thread-safe: one per trial. */
    interface Evaluation {

        /** {@code f(x, z)}; {@code fidelity} is in {@code (0, 1]} and at least that of the previous call. */
        double at(double fidelity);
    }

    /** Throws unless {@code fidelity} is in {@code (0, 1]}. */
    static void requireFidelity(double fidelity) {
        if (!(fidelity > 0 && fidelity <= 1)) {
            throw new IllegalArgumentException("0 < fidelity <= 1 must hold, but got fidelity=" + fidelity);
        }
    }

    /** The number {@code params} holds under {@code name}, or an exception naming what is wrong. */
    static double number(Map<String, Object> params, String name) {
        Object v = params.get(name);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("parameter " + name + " must be a number, but got "
                    + (v == null ? "no value" : v));
        }
        return n.doubleValue();
    }
}
