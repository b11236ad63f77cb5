package io.sparktune.strategies.functions;

import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Counting Ones, from Falkner, Klein and Hutter (2018), "BOHB: Robust and Efficient Hyperparameter
 * Optimization at Scale", ICML: {@code d_cat} binary categorical parameters {@code c0, c1, ...}
 * (choices 0 and 1) and {@code d_cont} continuous ones {@code x0, x1, ...} in {@code [0, 1]}. At
 * budget {@code b} each continuous {@code x_i} is estimated by the mean of {@code b} Bernoulli(x_i)
 * samples, and
 * <pre>
 *   f(x, b) = -(sum_i c_i + sum_i mean of b Bernoulli(x_i) samples)
 * </pre>
 * so the minimum is {@code -(d_cat + d_cont)}, with every parameter at 1, and the expected value at
 * any budget is {@code -(sum c_i + sum x_i)}.
 *
 * <p>Fidelity {@code z} gives the budget {@code b = max(1, round(z * samples))}; the BOHB paper's
 * largest budget is 729 samples. A trial's samples come from one stream seeded by the trial: the
 * estimate at a larger budget extends the samples drawn for the smaller one, as more epochs extend a
 * training run.
 */
record CountingOnes(int categorical, int continuous, int samples) implements MultiFidelityFunction {

    /** The BOHB paper's largest budget. */
    static final int DEFAULT_SAMPLES = 729;

    CountingOnes {
        if (categorical < 0 || continuous < 0 || categorical + continuous < 1) {
            throw new IllegalArgumentException("categorical >= 0, continuous >= 0 and categorical + continuous >= 1"
                    + " must hold, but got categorical=" + categorical + ", continuous=" + continuous);
        }
        if (samples < 1) {
            throw new IllegalArgumentException("samples >= 1 must hold, but got samples=" + samples);
        }
    }

    @Override
    public String name() {
        return "countingones";
    }

    @Override
    public List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>();
        for (int i = 0; i < categorical; i++) {
            out.add(Parameter.of("c" + i, CategoricalDomain.of(0, 1)));
        }
        for (int i = 0; i < continuous; i++) {
            out.add(Parameter.of("x" + i, FloatDomain.of(0, 1)));
        }
        return out;
    }

    @Override
    public double optimum() {
        return -(categorical + continuous);
    }

    @Override
    public double exact(Map<String, Object> params) {
        double sum = ones(params);
        for (double p : probabilities(params)) {
            sum += p;
        }
        return -sum;
    }

    /** The budget, in Bernoulli samples, of {@code fidelity}. */
    int budget(double fidelity) {
        MultiFidelityFunction.requireFidelity(fidelity);
        return (int) Math.max(1, Math.round(fidelity * samples));
    }

    @Override
    public Evaluation evaluation(Map<String, Object> params, long seed) {
        double ones = ones(params);
        double[] p = probabilities(params);
        SplittableRandom rng = new SplittableRandom(seed);
        long[] successes = new long[p.length];
        int[] drawn = {0};
        return fidelity -> {
            int b = budget(fidelity);
            if (b < drawn[0]) {
                throw new IllegalArgumentException("fidelities must not decrease, but got budget " + b
                        + " after " + drawn[0]);
            }
            for (; drawn[0] < b; drawn[0]++) {
                for (int i = 0; i < p.length; i++) {
                    if (rng.nextDouble() < p[i]) {
                        successes[i]++;
                    }
                }
            }
            double sum = ones;
            for (long s : successes) {
                sum += (double) s / b;
            }
            return -sum;
        };
    }

    private double ones(Map<String, Object> params) {
        double sum = 0;
        for (int i = 0; i < categorical; i++) {
            double c = MultiFidelityFunction.number(params, "c" + i);
            if (c != 0 && c != 1) {
                throw new IllegalArgumentException("parameter c" + i + " must be 0 or 1, but got " + params.get("c" + i));
            }
            sum += c;
        }
        return sum;
    }

    private double[] probabilities(Map<String, Object> params) {
        double[] p = new double[continuous];
        for (int i = 0; i < continuous; i++) {
            p[i] = MultiFidelityFunction.number(params, "x" + i);
            if (!(p[i] >= 0 && p[i] <= 1)) {
                throw new IllegalArgumentException("parameter x" + i + " must be in [0, 1], but got " + p[i]);
            }
        }
        return p;
    }
}
