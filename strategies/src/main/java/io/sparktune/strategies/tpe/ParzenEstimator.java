package io.sparktune.strategies.tpe;

import java.util.random.RandomGenerator;

/**
 * A weighted mixture of product kernels over some dimensions, one kernel per observation plus the
 * prior kernel: the l(x) or g(x) of TPE. Follows Optuna 3.1's {@code _ParzenEstimator}:
 * <ul>
 *   <li>mixture weights: {@link TpeOptions#weights(int)} for the observations in chronological
 *       order, then {@code priorWeight} for the prior, normalised; the prior is always there when
 *       there are no observations;</li>
 *   <li>numbers: a normal truncated to {@code [low, high]} per kernel, centred on the observation;
 *       the prior is centred on the middle with {@code sigma = high - low}. Univariate bandwidths
 *       are the larger distance to the two neighbours among the sorted centres (prior included),
 *       with the bounds as outer neighbours only when {@code considerEndpoints}; multivariate
 *       bandwidths follow Scott's rule, {@code 0.2 n^(-1/(d+4)) (high - low)} with d the number of
 *       dimensions. All are clipped to {@code [(high - low) / min(100, 1 + kernels), high - low]}
 *       ("magic clip"; 1e-12 instead of the lower end without it);</li>
 *   <li>a continuous kernel scores x by the density of the standard normal truncated to
 *       {@code [(low - mu) / sigma, (high - mu) / sigma]} at {@code z = (x - mu) / sigma}, that is
 *       {@code -z^2/2 - log sqrt(2 pi) - log(Phi(b) - Phi(a))}, without the {@code -log sigma} of a
 *       density in x. This is Optuna 3.1's {@code log_pdf} (its {@code _truncnorm.logpdf} leaves
 *       the term out, optuna/optuna#5109, changed later by #5110): each kernel counts in proportion
 *       to its bandwidth, so l(x) and g(x) are not normalised densities, and wide kernels (the
 *       prior, isolated observations) weigh more against narrow ones than in a proper mixture.
 *       The rule changes which candidate wins, so sparktune follows Optuna 3.1 here too: fed the
 *       same random numbers as Optuna 3.1's {@code TPESampler(seed)}, this sampler proposes the
 *       same points ({@code TpeSamplerOptunaReplayTest});</li>
 *   <li>stepped numbers score a grid point by the mass of its cell {@code [x - q/2, x + q/2]}
 *       within the bounds, a probability as in Optuna 3.1;</li>
 *   <li>categories: each observation's kernel gives its category weight 1 and spreads
 *       {@code priorWeight / kernels} over every category, normalised; the prior kernel is
 *       uniform.</li>
 * </ul>
 * The log of each kernel's truncated mass, {@code log(Phi(b) - Phi(a))}, is computed once per
 * kernel; {@link #logPdf} then costs one multiply-add per (candidate, kernel, dimension) and a
 * log-sum-exp per candidate. Immutable once built.
 */
final class ParzenEstimator {

    static final double SIGMA0_MAGNITUDE = 0.2;
    static final double EPS = 1e-12;
    /** Mixture terms this far below the largest one add less than 1e-16 of it each and are skipped. */
    static final double NEGLIGIBLE = -37;
    /** Beyond this many standard deviations on both sides, a kernel's truncation removes nothing. */
    private static final double UNTRUNCATED = 9;

    private final Dimension[] dims;
    private final int kernels;
    private final double[] logWeights;
    private final double[] cumulative;
    private final double[][] mus;
    private final double[][] sigmas;
    private final double[][] inverseSigmas;
    private final double[][] logMass;
    private final double[][] logNorm;
    private final double[][] logProbs;
    /** For one continuous dimension with many kernels: the kernels sorted by centre, or null. */
    private final SortedKernels sorted;

    ParzenEstimator(Dimension[] dims, double[][] observations, int count, TpeOptions options) {
        this(dims, observations, count, null, options);
    }

    /**
     * @param observations {@code observations[d][i]}: the internal value of dimension d in
     *     observation i, oldest first; {@code count} observations are used
     * @param order for a single dimension, the observations' positions sorted by value with ties in
     *     chronological order (saves a sort), or null
     */
    ParzenEstimator(Dimension[] dims, double[][] observations, int count, int[] order, TpeOptions options) {
        this.dims = dims.clone();
        boolean prior = options.considerPrior() || count == 0;
        this.kernels = prior ? count + 1 : count;
        double[] w = new double[kernels];
        System.arraycopy(options.weights(count), 0, w, 0, count);
        if (prior) {
            w[count] = options.priorWeight();
        }
        double total = 0;
        for (double x : w) {
            total += x;
        }
        logWeights = new double[kernels];
        cumulative = new double[kernels];
        double running = 0;
        for (int k = 0; k < kernels; k++) {
            logWeights[k] = Math.log(w[k] / total);
            running += w[k];
            cumulative[k] = running / total;
        }
        int d = dims.length;
        mus = new double[d][];
        sigmas = new double[d][];
        inverseSigmas = new double[d][];
        logMass = new double[d][];
        logNorm = new double[d][];
        logProbs = new double[d][];
        int[] firstOrder = null;
        double sigma0 = options.multivariate()
                ? SIGMA0_MAGNITUDE * Math.pow(Math.max(count, 1), -1.0 / (d + 4)) : Double.NaN;
        for (int j = 0; j < d; j++) {
            if (dims[j].isCategorical()) {
                logProbs[j] = categorical(dims[j].choices(), observations[j], count, prior, options.priorWeight());
            } else {
                boolean needsOrder = !options.multivariate() || fastPath(dims, kernels);
                int[] kernelOrder = needsOrder ? kernelOrder(observations[j], count, d == 1 ? order : null, prior,
                        0.5 * (dims[j].low() + dims[j].high())) : null;
                numeric(j, observations[j], count, prior, sigma0, kernelOrder, options);
                if (j == 0 && fastPath(dims, kernels)) {
                    firstOrder = kernelOrder;
                }
            }
        }
        sorted = fastPath(dims, kernels)
                ? new SortedKernels(mus[0], sigmas[0], logNorm[0], logWeights, prior ? count : -1, firstOrder) : null;
    }

    int kernels() {
        return kernels;
    }

    /** The centres of dimension {@code j}'s kernels (a copy). */
    double[] mus(int j) {
        return mus[j].clone();
    }

    /** The bandwidths of dimension {@code j}'s kernels (a copy). */
    double[] sigmas(int j) {
        return sigmas[j].clone();
    }

    /** The normalised mixture weights (a copy). */
    double[] weights() {
        double[] w = new double[kernels];
        for (int k = 0; k < kernels; k++) {
            w[k] = Math.exp(logWeights[k]);
        }
        return w;
    }

    /** The category probabilities of kernel {@code k} in dimension {@code j}. */
    double[] categoryProbabilities(int j, int k) {
        int c = dims[j].choices();
        double[] p = new double[c];
        for (int i = 0; i < c; i++) {
            p[i] = Math.exp(logProbs[j][k * c + i]);
        }
        return p;
    }

    private static double[] categorical(int choices, double[] observed, int count, boolean prior, double priorWeight) {
        int kernels = prior ? count + 1 : count;
        double spread = priorWeight / kernels;
        double rowTotal = spread * choices;
        double[] logP = new double[kernels * choices];
        double logOther = Math.log(spread / (rowTotal + 1));
        double logHit = Math.log((spread + 1) / (rowTotal + 1));
        double logUniform = -Math.log(choices);
        for (int k = 0; k < kernels; k++) {
            int hit = k < count ? (int) observed[k] : -1;
            for (int c = 0; c < choices; c++) {
                logP[k * choices + c] = k >= count ? logUniform : c == hit ? logHit : logOther;
            }
        }
        return logP;
    }

    private static boolean fastPath(Dimension[] dims, int kernels) {
        return dims.length == 1 && !dims[0].isCategorical() && dims[0].step() == 0
                && kernels >= SortedKernels.WORTH_IT;
    }

    /**
     * All kernels sorted by centre, ties in kernel order: the observations' order (given or
     * computed), with the prior kernel (the last index) placed after the centres not above it.
     */
    private static int[] kernelOrder(double[] observed, int count, int[] order, boolean prior, double priorMu) {
        int[] obsOrder = order != null ? order : Sorting.argsort(java.util.Arrays.copyOf(observed, count));
        if (!prior) {
            return obsOrder;
        }
        int[] out = new int[count + 1];
        int at = 0;
        while (at < count && observed[obsOrder[at]] <= priorMu) {
            out[at] = obsOrder[at];
            at++;
        }
        out[at] = count;
        System.arraycopy(obsOrder, at, out, at + 1, count - at);
        return out;
    }

    private void numeric(int j, double[] observed, int count, boolean prior, double sigma0, int[] kernelOrder,
            TpeOptions options) {
        double low = dims[j].low();
        double high = dims[j].high();
        double range = high - low;
        double[] mu = new double[kernels];
        System.arraycopy(observed, 0, mu, 0, count);
        if (prior) {
            mu[count] = 0.5 * (low + high);
        }
        double[] sigma = options.multivariate() ? constant(kernels, sigma0 * range)
                : neighbourBandwidths(mu, kernelOrder, low, high, options.considerEndpoints());
        double minSigma = options.considerMagicClip() ? range / Math.min(100.0, 1.0 + kernels) : EPS;
        for (int k = 0; k < kernels; k++) {
            sigma[k] = Math.max(minSigma, Math.min(range, sigma[k]));
        }
        if (prior) {
            sigma[count] = range;
        }
        double[] inverse = new double[kernels];
        double[] mass = new double[kernels];
        double[] norm = new double[kernels];
        for (int k = 0; k < kernels; k++) {
            inverse[k] = 1 / sigma[k];
            double a = (low - mu[k]) * inverse[k];
            double b = (high - mu[k]) * inverse[k];
            mass[k] = a < -UNTRUNCATED && b > UNTRUNCATED ? 0 : NormalMath.logGaussMass(a, b);
            // Optuna 3.1's kernel score: the standardised truncated normal, without -log sigma.
            norm[k] = -mass[k] - NormalMath.LOG_SQRT_2PI;
        }
        mus[j] = mu;
        sigmas[j] = sigma;
        inverseSigmas[j] = inverse;
        logMass[j] = mass;
        logNorm[j] = norm;
    }

    /**
     * Each centre's bandwidth: the larger gap to its neighbours in sorted order, the bounds being
     * the outer neighbours; without endpoints, the outermost centres take their inner gap instead.
     */
    static double[] neighbourBandwidths(double[] mu, double low, double high, boolean considerEndpoints) {
        return neighbourBandwidths(mu, Sorting.argsort(mu), low, high, considerEndpoints);
    }

    /** {@link #neighbourBandwidths(double[], double, double, boolean)} with the centres' sorted order given. */
    static double[] neighbourBandwidths(double[] mu, int[] order, double low, double high, boolean considerEndpoints) {
        int n = mu.length;
        double[] sorted = new double[n + 2];
        sorted[0] = low;
        for (int i = 0; i < n; i++) {
            sorted[i + 1] = mu[order[i]];
        }
        sorted[n + 1] = high;
        double[] bySorted = new double[n];
        for (int i = 0; i < n; i++) {
            bySorted[i] = Math.max(sorted[i + 1] - sorted[i], sorted[i + 2] - sorted[i + 1]);
        }
        if (!considerEndpoints && n >= 2) {
            bySorted[0] = sorted[2] - sorted[1];
            bySorted[n - 1] = sorted[n] - sorted[n - 1];
        }
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            sigma[order[i]] = bySorted[i];
        }
        return sigma;
    }

    private static double[] constant(int n, double value) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /**
     * Draws {@code count} points: a kernel per point by the mixture weights, then each dimension
     * from that kernel (a truncated normal by inverse CDF, or a category), rounded to the grid.
     *
     * @return {@code points[d][s]}, internal values
     */
    double[][] sample(RandomGenerator rng, int count) {
        int[] active = new int[count];
        for (int s = 0; s < count; s++) {
            active[s] = pick(cumulative, kernels, rng.nextDouble());
        }
        double[][] points = new double[dims.length][count];
        for (int j = 0; j < dims.length; j++) {
            Dimension dim = dims[j];
            for (int s = 0; s < count; s++) {
                int k = active[s];
                if (dim.isCategorical()) {
                    points[j][s] = drawCategory(j, k, rng.nextDouble());
                } else {
                    double mu = mus[j][k];
                    double a = (dim.low() - mu) * inverseSigmas[j][k];
                    double b = (dim.high() - mu) * inverseSigmas[j][k];
                    double z = NormalMath.truncatedStandard(a, b, logMass[j][k], rng.nextDouble());
                    double x = Math.max(dim.low(), Math.min(dim.high(), mu + sigmas[j][k] * z));
                    points[j][s] = dim.snap(x);
                }
            }
        }
        return points;
    }

    /** The first index whose cumulative weight exceeds {@code u}, as numpy's weighted choice. */
    private static int pick(double[] cumulative, int size, double u) {
        int lo = 0;
        int hi = size - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private int drawCategory(int j, int k, double u) {
        int choices = dims[j].choices();
        double sum = 0;
        for (int c = 0; c < choices; c++) {
            sum += Math.exp(logProbs[j][k * choices + c]);
            if (sum > u) {
                return c;
            }
        }
        return choices - 1;
    }

    /**
     * log p(x) for each of {@code count} points {@code points[d][s]} (internal values on the grid):
     * log of the weighted sum over kernels of the product over dimensions.
     */
    double[] logPdf(double[][] points, int count) {
        if (sorted != null) {
            double[] out = new double[count];
            for (int s = 0; s < count; s++) {
                out[s] = sorted.logPdf(points[0][s]);
            }
            return out;
        }
        return logPdfOverAllKernels(points, count);
    }

    /** {@link #logPdf} summing over every kernel, whatever the shape of the estimator. */
    double[] logPdfOverAllKernels(double[][] points, int count) {
        double[] acc = new double[count * kernels];
        for (int s = 0; s < count; s++) {
            System.arraycopy(logWeights, 0, acc, s * kernels, kernels);
        }
        for (int j = 0; j < dims.length; j++) {
            Dimension dim = dims[j];
            if (dim.isCategorical()) {
                addCategorical(j, points[j], count, acc);
            } else if (dim.step() > 0) {
                addCells(j, points[j], count, acc);
            } else {
                addDensities(j, points[j], count, acc);
            }
        }
        double[] out = new double[count];
        for (int s = 0; s < count; s++) {
            out[s] = logSumExp(acc, s * kernels, kernels);
        }
        return out;
    }

    private void addDensities(int j, double[] x, int count, double[] acc) {
        double[] mu = mus[j];
        double[] inverse = inverseSigmas[j];
        double[] norm = logNorm[j];
        for (int s = 0; s < count; s++) {
            double xs = x[s];
            int base = s * kernels;
            for (int k = 0; k < kernels; k++) {
                double z = (xs - mu[k]) * inverse[k];
                acc[base + k] += norm[k] - 0.5 * z * z;
            }
        }
    }

    private void addCells(int j, double[] x, int count, double[] acc) {
        Dimension dim = dims[j];
        double half = dim.step() / 2;
        double[] mu = mus[j];
        double[] inverse = inverseSigmas[j];
        double[] mass = logMass[j];
        for (int s = 0; s < count; s++) {
            double lower = Math.max(x[s] - half, dim.low());
            double upper = Math.min(x[s] + half, dim.high());
            int base = s * kernels;
            for (int k = 0; k < kernels; k++) {
                acc[base + k] += NormalMath.logGaussMass((lower - mu[k]) * inverse[k], (upper - mu[k]) * inverse[k])
                        - mass[k];
            }
        }
    }

    private void addCategorical(int j, double[] x, int count, double[] acc) {
        int choices = dims[j].choices();
        double[] logP = logProbs[j];
        for (int s = 0; s < count; s++) {
            int c = (int) x[s];
            int base = s * kernels;
            for (int k = 0; k < kernels; k++) {
                acc[base + k] += logP[k * choices + c];
            }
        }
    }

    private static double logSumExp(double[] a, int from, int length) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < from + length; i++) {
            max = Math.max(max, a[i]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double sum = 0;
        for (int i = from; i < from + length; i++) {
            double d = a[i] - max;
            if (d > NEGLIGIBLE) {
                sum += Math.exp(d);
            }
        }
        return max + Math.log(sum);
    }
}
