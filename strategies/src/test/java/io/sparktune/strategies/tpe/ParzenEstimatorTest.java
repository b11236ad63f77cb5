package io.sparktune.strategies.tpe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparktune.space.CategoricalDomain;
import io.sparktune.space.FloatDomain;
import io.sparktune.space.IntDomain;
import io.sparktune.space.Parameter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Kernels, bandwidths, weights and log-densities against Optuna 3.1's own {@code _ParzenEstimator}.
 * The expected numbers were printed by running {@code optuna.samplers._tpe.parzen_estimator.
 * _ParzenEstimator} (Optuna 3.1.0, Debian's python3-optuna) on the same observations with
 * {@code prior_weight=1.0} and {@code default_weights}, then reading {@code _weights}, {@code _mus},
 * {@code _sigmas} and {@code _categorical_weights}; the expected log-densities are that
 * estimator's {@code log_pdf}. Like it, sparktune leaves the {@code -log(sigma)} of a continuous
 * kernel out of its score (optuna/optuna#5109), see {@link ParzenEstimator}.
 */
class ParzenEstimatorTest {

    private static final double TOL = 1e-12;

    private static Dimension dim(int index, String name, io.sparktune.space.Domain domain) {
        return Dimension.of(index, Parameter.of(name, domain)).orElseThrow();
    }

    private static TpeOptions options(boolean multivariate, boolean magicClip, boolean endpoints) {
        return new TpeOptions(10, 24, 0.1, 25, TpeOptions.Weights.RAMP, 1.0, true, magicClip, endpoints,
                multivariate, false, true);
    }

    @Test
    void univariateBandwidthsAreTheLargerNeighbourGapClippedAsInOptuna() {
        Dimension[] dims = {dim(0, "x", FloatDomain.of(0, 10))};
        ParzenEstimator pe = new ParzenEstimator(dims, new double[][] {{1.0, 2.5, 2.7, 8.0}}, 4,
                options(false, true, false));
        // Optuna: _ParzenEstimator({"x": [1.0, 2.5, 2.7, 8.0]}, {"x": FloatDistribution(0, 10)}, ...)
        assertArrayEquals(new double[] {1.0, 2.5, 2.7, 8.0, 5.0}, pe.mus(0), TOL);
        assertArrayEquals(new double[] {1.6666666666666667, 1.6666666666666667, 2.3, 3.0, 10.0}, pe.sigmas(0), TOL);
        assertArrayEquals(new double[] {0.2, 0.2, 0.2, 0.2, 0.2}, pe.weights(), TOL);
        double[] logPdf = pe.logPdf(new double[][] {{0.5, 2.6, 9.9}}, 3);
        assertArrayEquals(new double[] {-0.9233620855065023, -0.7570240459169548, -1.297304673943915}, logPdf, TOL);
    }

    @Test
    void endpointsAndNoMagicClip() {
        Dimension[] dims = {dim(0, "x", FloatDomain.of(0, 10))};
        ParzenEstimator pe = new ParzenEstimator(dims, new double[][] {{1.0, 2.5, 2.7, 8.0}}, 4,
                options(false, false, true));
        // Optuna: consider_endpoints=True, consider_magic_clip=False
        assertArrayEquals(new double[] {1.5, 1.5, 2.3, 3.0, 10.0}, pe.sigmas(0), TOL);
        double[] logPdf = pe.logPdf(new double[][] {{0.5, 2.6, 9.9}}, 3);
        assertArrayEquals(new double[] {-0.952226315918187, -0.7800056800242097, -1.2973197243417076}, logPdf, TOL);
    }

    @Test
    void logIntAndSteppedDimensionsAreModelledOnTheirWidenedScales() {
        Dimension[] dims = {
            dim(0, "lr", FloatDomain.logOf(1e-3, 1)),
            dim(1, "n", IntDomain.of(1, 5)),
            dim(2, "s", new FloatDomain(0, 1, false, 0.25))};
        double[][] observed = {
            {Math.log(0.01), Math.log(0.2), Math.log(0.003)},
            {2, 5, 3},
            {0.25, 1.0, 0.5}};
        ParzenEstimator pe = new ParzenEstimator(dims, observed, 3, options(false, true, false));
        // Optuna: lr FloatDistribution(1e-3, 1, log=True), n IntDistribution(1, 5), s FloatDistribution(0, 1, step=0.25)
        assertArrayEquals(new double[] {-4.605170185988091, -1.6094379124341003, -5.809142990314027,
            -3.4538776394910684}, pe.mus(0), TOL);
        assertArrayEquals(new double[] {1.3815510557964275, 1.8444397270569681, 1.3815510557964275,
            6.907755278982137}, pe.sigmas(0), TOL);
        assertArrayEquals(new double[] {2.0, 5.0, 3.0, 3.0}, pe.mus(1), TOL);
        assertArrayEquals(new double[] {1.0, 2.0, 1.0, 5.0}, pe.sigmas(1), TOL);
        assertArrayEquals(new double[] {0.25, 1.0, 0.5, 0.5}, pe.mus(2), TOL);
        assertArrayEquals(new double[] {0.25, 0.5, 0.25, 1.25}, pe.sigmas(2), TOL);
        double[][] points = {{Math.log(0.05), Math.log(0.002)}, {3, 1}, {0.5, 0.0}};
        assertArrayEquals(new double[] {-3.854771573547172, -4.349736477184856}, pe.logPdf(points, 2), 1e-11);
    }

    @Test
    void multivariateUsesScottsRuleAndCategoricalKernels() {
        Dimension[] dims = {
            dim(0, "x", FloatDomain.of(0, 10)),
            dim(1, "n", IntDomain.of(1, 5)),
            dim(2, "c", CategoricalDomain.of("a", "b", "c"))};
        double[][] observed = {{1.0, 2.5, 2.7, 8.0, 4.0}, {2, 5, 3, 3, 1}, {0, 2, 2, 1, 0}};
        ParzenEstimator pe = new ParzenEstimator(dims, observed, 5, options(true, true, false));
        // Optuna: multivariate=True; sigma0 = 0.2 * 5^(-1/7), times (high - low)
        assertArrayEquals(new double[] {1.5891948094037045, 1.5891948094037045, 1.5891948094037045,
            1.5891948094037045, 1.5891948094037045, 10.0}, pe.sigmas(0), TOL);
        assertArrayEquals(new double[] {0.7945974047018523, 0.7945974047018523, 0.7945974047018523,
            0.7945974047018523, 0.7945974047018523, 5.0}, pe.sigmas(1), TOL);
        assertArrayEquals(new double[] {0.7777777777777777, 0.1111111111111111, 0.1111111111111111},
                pe.categoryProbabilities(2, 0), TOL);
        assertArrayEquals(new double[] {0.1111111111111111, 0.7777777777777777, 0.1111111111111111},
                pe.categoryProbabilities(2, 3), TOL);
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, pe.categoryProbabilities(2, 5), TOL);
        double[][] points = {{2.0, 7.5}, {3, 1}, {2, 0}};
        assertArrayEquals(new double[] {-3.248090852148303, -4.272021247030298}, pe.logPdf(points, 2), 1e-11);
    }

    @Test
    void aContinuousKernelScoresTheStandardisedTruncatedNormalWithoutLogSigma() {
        // One kernel at 5 on [0, 10] without the prior: its bandwidth is the larger gap to the bounds, 5,
        // and its score at x is -z^2/2 - log sqrt(2 pi) - log(Phi(1) - Phi(-1)) with z = (x - 5) / 5; a
        // density in x would also subtract log 5. Two kernels of different widths at the same z score alike.
        TpeOptions noPrior = new TpeOptions(10, 24, 0.1, 25, TpeOptions.Weights.RAMP, 1.0, false, true, false,
                false, false, true);
        Dimension[] dims = {dim(0, "x", FloatDomain.of(0, 10))};
        ParzenEstimator pe = new ParzenEstimator(dims, new double[][] {{5.0}}, 1, noPrior);
        assertArrayEquals(new double[] {5.0}, pe.sigmas(0), TOL);
        double logMass = NormalMath.logGaussMass(-1, 1);
        double[] x = {5.0, 7.5, 10.0};
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            double z = (x[i] - 5) / 5;
            expected[i] = -0.5 * z * z - NormalMath.LOG_SQRT_2PI - logMass;
        }
        assertArrayEquals(expected, pe.logPdf(new double[][] {x}, 3), TOL);
        Dimension[] wide = {dim(0, "x", FloatDomain.of(0, 100))};
        ParzenEstimator wider = new ParzenEstimator(wide, new double[][] {{50.0}}, 1, noPrior);
        assertArrayEquals(pe.logPdf(new double[][] {x}, 3),
                wider.logPdf(new double[][] {{50.0, 75.0, 100.0}}, 3), TOL);
    }

    @Test
    void withoutObservationsOnlyThePriorRemains() {
        Dimension[] dims = {dim(0, "x", FloatDomain.of(-1, 3))};
        TpeOptions noPrior = new TpeOptions(10, 24, 0.1, 25, TpeOptions.Weights.RAMP, 1.0, false, true, false,
                false, false, true);
        ParzenEstimator pe = new ParzenEstimator(dims, new double[][] {{}}, 0, noPrior);
        assertEquals(1, pe.kernels());
        assertArrayEquals(new double[] {1.0}, pe.mus(0), TOL);
        assertArrayEquals(new double[] {4.0}, pe.sigmas(0), TOL);
    }

    @Test
    void samplesStayOnTheGridAndInsideTheBounds() {
        Dimension[] dims = {dim(0, "n", new IntDomain(16, 128, false, 16)), dim(1, "lr", FloatDomain.logOf(1e-5, 1e-1))};
        double[][] observed = {{16, 16, 128}, {Math.log(1e-5), Math.log(2e-5), Math.log(0.1)}};
        ParzenEstimator pe = new ParzenEstimator(dims, observed, 3, TpeOptions.defaults());
        double[][] points = pe.sample(new SplittableRandom(3), 2000);
        for (int s = 0; s < 2000; s++) {
            double n = points[0][s];
            assertTrue(n >= 16 && n <= 128 && (n - 16) % 16 == 0, "off the grid: " + n);
            double lr = Math.exp(points[1][s]);
            assertTrue(lr >= 1e-5 * (1 - 1e-12) && lr <= 0.1 * (1 + 1e-12), "outside: " + lr);
        }
    }

    @Test
    void neighbourBandwidthsKeepTiesInTheirOriginalOrder() {
        // sorted with the bounds: 0 | 1, 3, 3 | 10. The first 3 (index 1) sees gaps 2 and 0, the second 7 and 0.
        double[] sigma = ParzenEstimator.neighbourBandwidths(new double[] {1, 3, 3}, 0, 10, true);
        assertArrayEquals(new double[] {2, 2, 7}, sigma, TOL);
    }

    @Test
    void theSortedFastPathGivesTheFullLogSumExp() {
        SplittableRandom rng = new SplittableRandom(5);
        int n = 500;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 7 == 0 ? rng.nextDouble(2, 2.5) : rng.nextDouble(-3, 7);
        }
        Dimension[] dims = {dim(0, "x", FloatDomain.of(-3, 7))};
        TpeOptions[] modes = {TpeOptions.defaults(), TpeOptions.defaults().withMultivariate(true, false)};
        for (TpeOptions options : modes) {
            ParzenEstimator pe = new ParzenEstimator(dims, new double[][] {x}, n, options);
            double[][] points = {{-3, -2.999, 0.1, 2.2, 2.25, 6.9, 7}};
            double[] fast = pe.logPdf(points, 7);
            double[] full = pe.logPdfOverAllKernels(points, 7);
            assertArrayEquals(full, fast, 1e-13);
        }
    }
}
