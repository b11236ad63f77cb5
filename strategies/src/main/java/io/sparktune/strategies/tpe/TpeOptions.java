package io.sparktune.strategies.tpe;

import io.sparktune.spec.Options;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The settings of the {@code tpe} sampler, with Optuna 3.1's {@code TPESampler} defaults. The
 * package comment describes each one as a user reads it.
 *
 * @param nStartupTrials finished trials drawn at random before the model is used (10)
 * @param nEiCandidates candidates drawn from l(x) per proposal, of which the best l/g wins (24)
 * @param gammaFraction with {@code gammaMax}, the size of the good group:
 *     gamma(n) = min(ceil(gammaFraction * n), gammaMax) (0.1)
 * @param gammaMax the largest good group (25)
 * @param weights how the observations of a Parzen estimator are weighted ({@link Weights#RAMP})
 * @param priorWeight the weight of the prior kernel, relative to an observation's (1.0)
 * @param considerPrior whether each estimator holds the prior kernel (true)
 * @param considerMagicClip whether bandwidths are at least (high - low) / min(100, 1 + kernels) (true)
 * @param considerEndpoints whether the bounds count as neighbours of the outermost kernels (false)
 * @param multivariate joint kernels over the parameters every finished trial holds (false)
 * @param group with multivariate, joint kernels per group of parameters always active together (false)
 * @param constantLiar whether running and waiting trials count as bad observations (true)
 */
public record TpeOptions(int nStartupTrials, int nEiCandidates, double gammaFraction, int gammaMax,
        Weights weights, double priorWeight, boolean considerPrior, boolean considerMagicClip,
        boolean considerEndpoints, boolean multivariate, boolean group, boolean constantLiar) {

    /** How many of the newest observations keep full weight under {@link Weights#RAMP}. */
    static final int FLAT_NEWEST = 25;

    /** How the observations of one Parzen estimator are weighted, oldest first. */
    public enum Weights {
        /**
         * Optuna's {@code default_weights}: all ones below 25 observations; from 25 on, the oldest
         * n - 25 rise linearly from 1/n to 1 and the newest 25 have weight 1 (Bergstra, Yamins and
         * Cox 2013, "Making a Science of Model Search").
         */
        RAMP,
        /** Every observation weighs 1. */
        FLAT;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TpeOptions {
        if (nStartupTrials < 0) {
            throw new IllegalArgumentException(
                    "nStartupTrials >= 0 must hold, but got nStartupTrials=" + nStartupTrials);
        }
        if (nEiCandidates < 1) {
            throw new IllegalArgumentException(
                    "nEiCandidates >= 1 must hold, but got nEiCandidates=" + nEiCandidates);
        }
        if (!(gammaFraction > 0 && gammaFraction <= 1)) {
            throw new IllegalArgumentException(
                    "0 < gammaFraction <= 1 must hold, but got gammaFraction=" + gammaFraction);
        }
        if (gammaMax < 1) {
            throw new IllegalArgumentException("gammaMax >= 1 must hold, but got gammaMax=" + gammaMax);
        }
        java.util.Objects.requireNonNull(weights, "weights");
        if (!(priorWeight > 0) || !Double.isFinite(priorWeight)) {
            throw new IllegalArgumentException("priorWeight > 0 must hold, but got priorWeight=" + priorWeight);
        }
        if (group && !multivariate) {
            throw new IllegalArgumentException("group requires multivariate, but got group=true, multivariate=false");
        }
    }

    /** Optuna 3.1's defaults, except that the constant liar is on (sparktune runs trials in parallel). */
    public static TpeOptions defaults() {
        return new TpeOptions(10, 24, 0.1, 25, Weights.RAMP, 1.0, true, true, false, false, false, true);
    }

    /** These options with multivariate and group as given. */
    public TpeOptions withMultivariate(boolean joint, boolean grouped) {
        return new TpeOptions(nStartupTrials, nEiCandidates, gammaFraction, gammaMax, weights, priorWeight,
                considerPrior, considerMagicClip, considerEndpoints, joint, grouped, constantLiar);
    }

    /** These options with the constant liar on or off. */
    public TpeOptions withConstantLiar(boolean on) {
        return new TpeOptions(nStartupTrials, nEiCandidates, gammaFraction, gammaMax, weights, priorWeight,
                considerPrior, considerMagicClip, considerEndpoints, multivariate, group, on);
    }

    /** These options with another number of start-up trials. */
    public TpeOptions withStartupTrials(int n) {
        return new TpeOptions(n, nEiCandidates, gammaFraction, gammaMax, weights, priorWeight, considerPrior,
                considerMagicClip, considerEndpoints, multivariate, group, constantLiar);
    }

    /**
     * Reads {@code strategy.options}; every problem goes to the options' problems with its JSON
     * path, and a bad value falls back to its default so that reading goes on.
     */
    public static TpeOptions read(Options options) {
        TpeOptions d = defaults();
        int startup = options.getInt("nStartupTrials", d.nStartupTrials, 0, 1_000_000);
        int candidates = options.getInt("nEiCandidates", d.nEiCandidates, 1, 100_000);
        double fraction = options.getDouble("gammaFraction", d.gammaFraction, 0, 1);
        if (fraction == 0) {
            options.problem("gammaFraction", "must be > 0, got 0");
            fraction = d.gammaFraction;
        }
        int gammaMax = options.getInt("gammaMax", d.gammaMax, 1, 1_000_000);
        List<String> names = Arrays.stream(Weights.values()).map(Weights::jsonName).toList();
        Weights weights = Weights.valueOf(
                options.getChoice("weights", d.weights.jsonName(), names).toUpperCase(Locale.ROOT));
        double prior = options.getDouble("priorWeight", d.priorWeight, 0, 1e12);
        if (prior == 0) {
            options.problem("priorWeight", "must be > 0, got 0");
            prior = d.priorWeight;
        }
        boolean considerPrior = options.getBoolean("considerPrior", d.considerPrior);
        boolean magicClip = options.getBoolean("considerMagicClip", d.considerMagicClip);
        boolean endpoints = options.getBoolean("considerEndpoints", d.considerEndpoints);
        boolean multivariate = options.getBoolean("multivariate", d.multivariate);
        boolean group = options.getBoolean("group", d.group);
        if (group && !multivariate) {
            options.problem("group", "requires \"multivariate\": true");
            group = false;
        }
        boolean liar = options.getBoolean("constantLiar", d.constantLiar);
        return new TpeOptions(startup, candidates, fraction, gammaMax, weights, prior, considerPrior, magicClip,
                endpoints, multivariate, group, liar);
    }

    /** gamma(n) = min(ceil(gammaFraction * n), gammaMax): how many of n ranked trials form l(x). */
    public int gamma(int n) {
        return (int) Math.min(Math.ceil(gammaFraction * n), gammaMax);
    }

    /** The weights of {@code n} observations in chronological order, before normalisation. */
    public double[] weights(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0);
        if (weights == Weights.FLAT || n < FLAT_NEWEST) {
            return w;
        }
        int ramp = n - FLAT_NEWEST;
        double start = 1.0 / n;
        double step = ramp > 1 ? (1.0 - start) / (ramp - 1) : 0;
        for (int i = 0; i < ramp; i++) {
            w[i] = i == ramp - 1 && ramp > 1 ? 1.0 : start + i * step;
        }
        return w;
    }
}
