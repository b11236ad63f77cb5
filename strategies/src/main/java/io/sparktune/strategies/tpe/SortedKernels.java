package io.sparktune.strategies.tpe;

/**
 * The log score of a one-dimensional mixture of truncated normals ({@link ParzenEstimator#logPdf}),
 * summed only over the kernels that matter. With the kernels sorted by centre, a kernel farther than
 * {@code W = sigmaMax sqrt(2 (cMax - M0 - NEGLIGIBLE))} from x contributes a term below
 * {@code M0 + NEGLIGIBLE}, where {@code cMax} bounds every kernel's log weight plus its constant
 * term, {@code sigmaMax} every bandwidth, and {@code M0} is the term of the nearest kernels
 * (a lower bound on the largest term). Those kernels are exactly the ones a full log-sum-exp would
 * skip as negligible, so the result is the same; with a thousand observations (bandwidths clipped
 * near a hundredth of the range) a candidate then visits a few dozen kernels instead of all. The
 * prior kernel, the widest, is always summed.
 */
final class SortedKernels {

    /** Below this many kernels a full pass is as fast. */
    static final int WORTH_IT = 64;

    private final double[] mu;
    private final double[] inverseSigma;
    private final double[] constant;
    private final int priorKernel;
    private final double priorMu;
    private final double priorInverse;
    private final double priorConstant;
    private final double cMax;
    private final double sigmaMax;

    /**
     * @param norm per kernel, the constant of its log score: {@code -log mass - log sqrt(2 pi)}
     * @param prior the index of the prior kernel, or -1
     * @param order every kernel's index, sorted by centre
     */
    SortedKernels(double[] mus, double[] sigmas, double[] norm, double[] logWeights, int prior, int[] order) {
        int n = prior >= 0 ? mus.length - 1 : mus.length;
        mu = new double[n];
        inverseSigma = new double[n];
        constant = new double[n];
        double maxC = Double.NEGATIVE_INFINITY;
        double maxSigma = 0;
        int i = -1;
        for (int k : order) {
            if (k == prior) {
                continue;
            }
            i++;
            mu[i] = mus[k];
            inverseSigma[i] = 1 / sigmas[k];
            constant[i] = logWeights[k] + norm[k];
            maxC = Math.max(maxC, constant[i]);
            maxSigma = Math.max(maxSigma, sigmas[k]);
        }
        cMax = maxC;
        sigmaMax = maxSigma;
        priorKernel = prior;
        priorMu = prior >= 0 ? mus[prior] : 0;
        priorInverse = prior >= 0 ? 1 / sigmas[prior] : 0;
        priorConstant = prior >= 0 ? logWeights[prior] + norm[prior] : Double.NEGATIVE_INFINITY;
    }

    private double term(int i, double x) {
        double z = (x - mu[i]) * inverseSigma[i];
        return constant[i] - 0.5 * z * z;
    }

    double logPdf(double x) {
        int n = mu.length;
        double prior = Double.NEGATIVE_INFINITY;
        if (priorKernel >= 0) {
            double z = (x - priorMu) * priorInverse;
            prior = priorConstant - 0.5 * z * z;
        }
        int p = firstAtLeast(x);
        double m0 = prior;
        if (p < n) {
            m0 = Math.max(m0, term(p, x));
        }
        if (p > 0) {
            m0 = Math.max(m0, term(p - 1, x));
        }
        double slack = cMax - m0 - ParzenEstimator.NEGLIGIBLE;
        double w = slack > 0 ? sigmaMax * Math.sqrt(2 * slack) : 0;
        int lo = firstAtLeast(x - w);
        int hi = firstAbove(x + w);
        double max = prior;
        for (int i = lo; i < hi; i++) {
            max = Math.max(max, term(i, x));
        }
        double sum = prior - max > ParzenEstimator.NEGLIGIBLE ? Math.exp(prior - max) : 0;
        for (int i = lo; i < hi; i++) {
            double d = term(i, x) - max;
            if (d > ParzenEstimator.NEGLIGIBLE) {
                sum += Math.exp(d);
            }
        }
        return max + Math.log(sum);
    }

    private int firstAtLeast(double x) {
        int lo = 0;
        int hi = mu.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mu[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstAbove(double x) {
        int lo = 0;
        int hi = mu.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mu[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
