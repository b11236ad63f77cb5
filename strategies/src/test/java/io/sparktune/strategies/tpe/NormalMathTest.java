package io.sparktune.strategies.tpe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The normal helpers against known values: erf and erfc from Python's {@code math.erf} and
 * {@code math.erfc} (C99 libm), log Phi far in the tail from the asymptotic series
 * {@code -a^2/2 - log(-a) - log sqrt(2 pi) + log(1 - 1/a^2 + 3/a^4 - ...)} summed in Python, and
 * quantiles from Python's {@code statistics.NormalDist.inv_cdf}.
 */
class NormalMathTest {

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance, "expected " + expected + ", got " + actual);
    }

    @Test
    void erfAndErfcMatchTheReference() {
        double[][] table = {
            {-2.5, -0.999593047982555, 1.999593047982555},
            {-0.3, -0.3286267594591274, 1.3286267594591274},
            {0.1, 0.1124629160182849, 0.8875370839817152},
            {0.46875, 0.49261347321793797, 0.507386526782062},
            {0.8, 0.7421009647076605, 0.2578990352923395},
            {3.0, 0.9999779095030014, 2.2090496998585438e-05},
            {5.5, 0.9999999999999927, 7.357847917974398e-15},
            {10.0, 1.0, 2.088487583762545e-45}};
        for (double[] row : table) {
            assertRelative(row[1], NormalMath.erf(row[0]), 2e-15);
            assertRelative(row[2], NormalMath.erfc(row[0]), 2e-15);
        }
        assertEquals(0.0, NormalMath.erf(0.0));
        assertEquals(1.0, NormalMath.erfc(0.0));
    }

    @Test
    void logErfcDoesNotUnderflowWhereErfcDoes() {
        assertEquals(0.0, NormalMath.erfc(30));
        // log erfc(x) = -x^2 - log(x sqrt(pi)) + log(1 - 1/(2x^2) + 3/(4x^4) - 15/(8x^6) + ...) at x = 30
        double z = 1 / 900.0;
        double series = -z / 2 + 3 * z * z / 4 - 15 * z * z * z / 8 + 105 * z * z * z * z / 16;
        double expected = -900 - Math.log(30 * Math.sqrt(Math.PI)) + Math.log1p(series);
        assertRelative(expected, NormalMath.logErfc(30), 1e-14);
    }

    @Test
    void logPhiIsAccurateFarInBothTails() {
        assertRelative(-53.23128515051246, NormalMath.logNdtr(-10), 1e-14);
        assertRelative(-454.3212439563431, NormalMath.logNdtr(-30), 1e-14);
        assertRelative(-804.6084420137538, NormalMath.logNdtr(-40), 1e-14);
        assertRelative(-5005.524208694205, NormalMath.logNdtr(-100), 1e-14);
        assertRelative(-1.2798125438866539e-12, NormalMath.logNdtr(7), 1e-12);
        assertRelative(Math.log(0.5), NormalMath.logNdtr(0), 1e-15);
    }

    @Test
    void quantilesInvertPhiEvenWherePUnderflows() {
        assertRelative(1.9599639845400536, NormalMath.ndtri(0.975), 1e-14);
        assertRelative(-6.361340902404056, NormalMath.ndtri(1e-10), 1e-14);
        assertRelative(-0.5244005127080407, NormalMath.ndtri(0.3), 1e-14);
        for (double x : new double[] {-300, -60, -38, -20, -5, -1, 0.5, 3, 8}) {
            assertRelative(x, NormalMath.ndtriExp(NormalMath.logNdtr(x)), 1e-12);
        }
    }

    @Test
    void logGaussMassOnEachSideOfTheMode() {
        // log(Phi(3) - Phi(-0.6)), log(Phi(-1) - Phi(-3)), log(Phi(2) - Phi(1)) from Python's math.erfc
        assertRelative(-0.32241571612580716, NormalMath.logGaussMass(-0.6, 3), 1e-14);
        assertRelative(-1.8495664205476083, NormalMath.logGaussMass(-3, -1), 1e-14);
        assertRelative(-1.9957982691807552, NormalMath.logGaussMass(1, 2), 1e-14);
        // far tail: mass of [40, 41] is Phi(-40) (1 - Phi(-41)/Phi(-40)), Phi(-41)/Phi(-40) ~ 1e-18
        assertRelative(-804.6084420137538, NormalMath.logGaussMass(40, 41), 1e-14);
    }

    @Test
    void truncatedDrawsStayInBoundsAndHaveTheRightMean() {
        SplittableRandom rng = new SplittableRandom(11);
        double[][] intervals = {{0.5, 2}, {-1, 30}, {5, 6}, {-40, -39}, {8, 8.5}, {-3, 3}, {200, 200.5}, {-1000, -999.9}};
        for (double[] ab : intervals) {
            double a = ab[0];
            double b = ab[1];
            double logMass = NormalMath.logGaussMass(a, b);
            int n = 40_000;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < n; i++) {
                double x = NormalMath.truncatedStandard(a, b, logMass, rng.nextDouble());
                assertTrue(x >= a && x <= b, x + " outside [" + a + ", " + b + "]");
                sum += x;
                sumSq += x * x;
            }
            double mean = sum / n;
            double sd = Math.sqrt(sumSq / n - mean * mean);
            // E[X] = (phi(a) - phi(b)) / (Phi(b) - Phi(a)), computed in log space
            double expected = Math.exp(NormalMath.logPdf(a) - logMass) - Math.exp(NormalMath.logPdf(b) - logMass);
            assertEquals(expected, mean, 5 * sd / Math.sqrt(n) + 1e-12, "mean on [" + a + ", " + b + "]");
        }
    }

    @Test
    void log1pIsAccurateForTinyAndModerateArguments() {
        for (double x : new double[] {-0.9, -0.5, -1e-3, -1e-9, 1e-17, 1e-9, 0.25, 3, 1e300}) {
            assertRelative(Math.log1p(x), NormalMath.log1p(x), 4e-16);
        }
    }
}
