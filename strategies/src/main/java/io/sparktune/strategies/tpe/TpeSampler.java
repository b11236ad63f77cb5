package io.sparktune.strategies.tpe;

import io.sparktune.sampler.Sampler;
import io.sparktune.space.Parameter;
import io.sparktune.space.SearchSpace;
import io.sparktune.strategies.random.RandomSampler;
import io.sparktune.trial.History;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The Tree-structured Parzen Estimator (Bergstra, Bardenet, Bengio and Kegl 2011, "Algorithms for
 * Hyper-Parameter Optimization", NeurIPS; Watanabe 2023, "Tree-structured Parzen Estimator:
 * Understanding Its Algorithm Components and Why It Works", arXiv:2304.11127), with the rules of
 * Optuna 3.1's {@code TPESampler}.
 *
 * <p>The ranked trials are split at gamma: the best gamma(n) = min(ceil(0.1 n), 25) of the n
 * completed and pruned trials are "below" and the rest "above" ({@link Observations}). A Parzen
 * estimator is fitted to each: l(x) to the good configurations and g(x) to the others
 * ({@link ParzenEstimator}: one truncated normal or categorical kernel per observation, Optuna's
 * weights, plus the prior kernel with weight {@code priorWeight}). Bergstra et al. show that the
 * expected improvement over the gamma-quantile is EI(x) ~ (gamma + (1 - gamma) g(x) / l(x))^-1,
 * which grows with l(x) / g(x); so {@code nEiCandidates} points are drawn from l(x) and the one with
 * the largest log l(x) - log g(x) is proposed (the first of equals), l and g scored by Optuna 3.1's
 * kernel rule (see {@link ParzenEstimator}). Until {@code nStartupTrials} trials have finished,
 * every parameter is drawn at random ({@link RandomSampler#draw}).
 *
 * <p>Univariate (the default): every parameter has its own l and g, fitted to the trials where it
 * was active (the global split, restricted to those trials, as Optuna does), so a conditional
 * parameter learns only from the trials that had it; and, as Optuna 3.1's
 * {@code sample_independent}, its own {@code nEiCandidates} candidates drawn from its l alone and
 * its own argmax. Random numbers are used in Optuna's order (per parameter: the kernel of each
 * candidate, then each candidate's truncated-normal quantile), so fed the numbers Optuna 3.1's
 * {@code TPESampler(seed)} draws, this sampler proposes the points it proposes. Multivariate: one joint product kernel per
 * observation over the parameters every finished trial holds, with Scott's-rule bandwidths, and
 * independent draws for the others; with {@code group}, one joint model per group of parameters
 * that are always active together ({@link JointGroups}). Parameters are assigned in the space's
 * order, parents first, and only when their condition holds.
 *
 * <p>Constant liar: running (and waiting) trials join the "above" group at their parameters, so
 * g(x) is high where work is already under way and parallel workers spread out. On by default;
 * Optuna's {@code constant_liar} is off by default, but a sparktune study usually runs trials in
 * parallel.
 *
 * <p>A pure function of (space, history, rng): no state at all, so it is thread-safe and a restarted
 * driver proposes exactly what the first one would have.
 */
public final class TpeSampler implements Sampler {

    private final TpeOptions options;

    public TpeSampler(TpeOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public TpeOptions options() {
        return options;
    }

    @Override
    public Optional<Map<String, Object>> propose(SearchSpace space, History history, RandomGenerator rng) {
        List<Parameter> parameters = space.parameters();
        Dimension[] byParameter = new Dimension[parameters.size()];
        List<Dimension> searched = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Optional<Dimension> dim = Dimension.of(searched.size(), parameters.get(i));
            if (dim.isPresent()) {
                byParameter[i] = dim.get();
                searched.add(dim.get());
            }
        }
        Dimension[] dims = searched.toArray(Dimension[]::new);
        Observations obs = Observations.of(dims, history, options);
        boolean startup = obs.finished() < options.nStartupTrials();
        double[] joint = new double[dims.length];
        Arrays.fill(joint, Double.NaN);
        if (!startup && options.multivariate()) {
            List<int[]> groups = options.group() ? JointGroups.decomposition(obs, dims.length)
                    : JointGroups.intersection(obs, dims.length);
            for (int[] group : groups) {
                double[] best = bestCandidate(dims, group, obs, rng);
                for (int g = 0; g < group.length; g++) {
                    joint[group[g]] = best[g];
                }
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (!p.condition().holds(params)) {
                continue;
            }
            Dimension dim = byParameter[i];
            Object value;
            if (dim == null) {
                value = Dimension.singleValue(p.domain());
            } else if (startup) {
                value = RandomSampler.draw(p.domain(), rng);
            } else if (!Double.isNaN(joint[dim.index()])) {
                value = dim.external(joint[dim.index()]);
            } else {
                value = dim.external(bestCandidate(dims, new int[] {dim.index()}, obs, rng)[0]);
            }
            params.put(p.name(), value);
        }
        return Optional.of(Collections.unmodifiableMap(params));
    }

    /**
     * Fits l and g over the dimensions {@code group} to the observations that hold all of them,
     * draws the candidates from l and returns the one with the largest log l - log g.
     */
    private double[] bestCandidate(Dimension[] dims, int[] group, Observations obs, RandomGenerator rng) {
        Dimension[] groupDims = new Dimension[group.length];
        for (int j = 0; j < group.length; j++) {
            groupDims[j] = dims[group[j]];
        }
        int n = obs.size();
        double[][] below = new double[group.length][n];
        double[][] above = new double[group.length][n];
        int[] position = new int[n];
        int nBelow = 0;
        int nAbove = 0;
        for (int i = 0; i < n; i++) {
            if (!obs.holdsAll(i, group)) {
                position[i] = -1;
                continue;
            }
            double[][] target = obs.isBelow(i) ? below : above;
            int at = obs.isBelow(i) ? nBelow++ : nAbove++;
            position[i] = at;
            for (int j = 0; j < group.length; j++) {
                target[j][at] = obs.value(group[j], i);
            }
        }
        int[] belowOrder = null;
        int[] aboveOrder = null;
        if (group.length == 1 && !groupDims[0].isCategorical()) {
            belowOrder = new int[nBelow];
            aboveOrder = new int[nAbove];
            int b = 0;
            int a = 0;
            for (int i : Sorting.argsort(obs.values(group[0]))) {
                if (position[i] >= 0) {
                    if (obs.isBelow(i)) {
                        belowOrder[b++] = position[i];
                    } else {
                        aboveOrder[a++] = position[i];
                    }
                }
            }
        }
        ParzenEstimator l = new ParzenEstimator(groupDims, below, nBelow, belowOrder, options);
        ParzenEstimator g = new ParzenEstimator(groupDims, above, nAbove, aboveOrder, options);
        int m = options.nEiCandidates();
        double[][] candidates = l.sample(rng, m);
        double[] logL = l.logPdf(candidates, m);
        double[] logG = g.logPdf(candidates, m);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < m; s++) {
            double score = logL[s] - logG[s];
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        double[] out = new double[group.length];
        for (int j = 0; j < group.length; j++) {
            out[j] = candidates[j][best];
        }
        return out;
    }
}
