package io.sparktune.strategies.tpe;

/**
 * The standard normal distribution, accurate far into its tails: erf and erfc, log Phi, the inverse
 * of log Phi, the log of a normal mass on an interval, and the inverse-CDF draw of a truncated
 * normal.
 *
 * <ul>
 *   <li>erf and erfc: W. J. Cody, "Rational Chebyshev approximations for the error function",
 *       Mathematics of Computation 23 (1969) 631-637, as in his CALERF routine (the coefficients
 *       of its three ranges |x| &lt;= 0.46875, &lt;= 4 and beyond). In the two outer ranges erfc is
 *       {@code exp(-x^2) R(x)}, so {@link #logErfc} returns {@code -x^2 + log R(x)} and never
 *       underflows.</li>
 *   <li>The inverse of Phi: M. J. Wichura, "Algorithm AS 241: The percentage points of the normal
 *       distribution", Applied Statistics 37 (1988) 477-484 (PPND16, about 1e-16 relative). Its
 *       tail branches take {@code sqrt(-log p)}, which {@link #ndtriExp} computes from log p
 *       itself, so the inverse stays exact where p underflows; beyond the algorithm's range
 *       (r &gt; 27) Newton steps on log Phi finish the job.</li>
 *   <li>The truncated normal draw inverts the CDF in log space on the side of the interval away
 *       from the mode, as SciPy's {@code truncnorm} and Optuna 3.1 do, so draws in a far tail stay
 *       inside their bounds and keep their shape.</li>
 * </ul>
 */
final class NormalMath {

    static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT1_2 = Math.sqrt(0.5);
    private static final double LN_HALF = Math.log(0.5);
    private static final double ONE_OVER_SQRT_PI = 5.6418958354775628695e-1;

    // Cody (1969), CALERF: erf on |x| <= 0.46875.
    private static final double[] A = {3.16112374387056560e00, 1.13864154151050156e02, 3.77485237685302021e02,
        3.20937758913846947e03, 1.85777706184603153e-1};
    private static final double[] B = {2.36012909523441209e01, 2.44024637934444173e02, 1.28261652607737228e03,
        2.84423683343917062e03};
    // erfc on 0.46875 < |x| <= 4.
    private static final double[] C = {5.64188496988670089e-1, 8.88314979438837594e00, 6.61191906371416295e01,
        2.98635138197400131e02, 8.81952221241769090e02, 1.71204761263407058e03, 2.05107837782607147e03,
        1.23033935479799725e03, 2.15311535474403846e-8};
    private static final double[] D = {1.57449261107098347e01, 1.17693950891312499e02, 5.37181101862009858e02,
        1.62138957456669019e03, 3.29079923573345963e03, 4.36261909014324716e03, 3.43936767414372164e03,
        1.23033935480374942e03};
    // erfc on |x| > 4.
    private static final double[] P = {3.05326634961232344e-1, 3.60344899949804439e-1, 1.25781726111229246e-1,
        1.60837851487422766e-2, 6.58749161529837803e-4, 1.63153871373020978e-2};
    private static final double[] Q = {2.56852019228982242e00, 1.87295284992346725e00, 5.27905102951428412e-1,
        6.05183413124413191e-2, 2.33520497626869185e-3};

    // Wichura (1988), AS 241 PPND16: central range, numerator and denominator from the constant term up.
    private static final double[] PA = {3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3,
        1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4, 3.3430575583588128105e4,
        2.5090809287301226727e3};
    private static final double[] PB = {1.0, 4.2313330701600911252e1, 6.8718700749205790830e2,
        5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4,
        5.2264952788528545610e3};
    // intermediate tail, r = sqrt(-log p) <= 5
    private static final double[] PC = {1.42343711074968357734e0, 4.63033784615654529590e0,
        5.76949722146069140550e0, 3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
        2.27238449892691845833e-2, 7.74545014278341407640e-4};
    private static final double[] PD = {1.0, 2.05319162663775882187e0, 1.67638483018380384940e0,
        6.89767334985100004550e-1, 1.48103976427480074590e-1, 1.51986665636164571966e-2,
        5.47593808499534494600e-4, 1.05075007164441684324e-9};
    // far tail, r > 5
    private static final double[] PE = {6.65790464350110377720e0, 5.46378491116411436990e0,
        1.78482653991729133580e0, 2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
        2.71155556874348757815e-5, 2.01033439929228813265e-7};
    private static final double[] PF = {1.0, 5.99832206555887937690e-1, 1.36929880922735805310e-1,
        1.48753612908506148525e-2, 7.86869131145613259100e-4, 1.84631831751005468180e-5,
        1.42151175831644588870e-7, 2.04426310338993978564e-15};

    private NormalMath() {
    }

    /** The error function. */
    static double erf(double x) {
        double y = Math.abs(x);
        if (y <= 0.46875) {
            return x * smallRatio(y * y);
        }
        double tail = erfcPositive(y);
        return x < 0 ? tail - 1 : 1 - tail;
    }

    /** The complementary error function {@code 1 - erf(x)}, accurate to about 1e-15 relative. */
    static double erfc(double x) {
        double y = Math.abs(x);
        if (y <= 0.46875) {
            return 1 - x * smallRatio(y * y);
        }
        double tail = erfcPositive(y);
        return x < 0 ? 2 - tail : tail;
    }

    /** {@code log(erfc(x))}, finite for every finite x (about {@code -x^2} for large x). */
    static double logErfc(double x) {
        if (x <= 0.46875) {
            return Math.log(erfc(x));
        }
        if (x > 1e150) {
            return Double.NEGATIVE_INFINITY;
        }
        double ysq = Math.floor(x * 16) / 16;
        double del = (x - ysq) * (x + ysq);
        return -ysq * ysq - del + Math.log(tailRatio(x));
    }

    /** Phi(a), the standard normal CDF. */
    static double ndtr(double a) {
        double t = a * SQRT1_2;
        return a < 0 ? 0.5 * erfc(-t) : 1 - 0.5 * erfc(t);
    }

    /** log Phi(a), accurate in both tails (about {@code -a^2/2 - log(-a) - log sqrt(2 pi)} as a goes to -inf). */
    static double logNdtr(double a) {
        if (a >= 0) {
            return log1p(-0.5 * erfc(a * SQRT1_2));
        }
        return LN_HALF + logErfc(-a * SQRT1_2);
    }

    /** The log of the standard normal density. */
    static double logPdf(double z) {
        return -0.5 * z * z - LOG_SQRT_2PI;
    }

    /** The x with Phi(x) = p, for p in [0, 1] (AS 241). */
    static double ndtri(double p) {
        if (p <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p >= 1) {
            return Double.POSITIVE_INFINITY;
        }
        return ndtriExp(Math.log(p));
    }

    /** The x with log Phi(x) = y, for y &lt;= 0: AS 241 fed with log p, then Newton steps beyond its range. */
    static double ndtriExp(double y) {
        if (y >= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (y == Double.NEGATIVE_INFINITY) {
            return Double.NEGATIVE_INFINITY;
        }
        double p = Math.exp(y);
        double q = p - 0.5;
        if (Math.abs(q) <= 0.425) {
            double r = 0.180625 - q * q;
            return q * poly(PA, r) / poly(PB, r);
        }
        double r = q < 0 ? Math.sqrt(-y) : Math.sqrt(-Math.log(-Math.expm1(y)));
        double x = r <= 5 ? poly(PC, r - 1.6) / poly(PD, r - 1.6) : poly(PE, r - 5) / poly(PF, r - 5);
        x = q < 0 ? -x : x;
        return r > 27 ? newtonOnLogNdtr(x, y) : x;
    }

    /**
     * log(Phi(b) - Phi(a)) for a &lt;= b, computed on the side away from the mode (the left tail
     * when b &lt;= 0, the mirrored right tail when a &gt; 0, and {@code log1p(-Phi(a) - Phi(-b))}
     * around the mode), as SciPy's {@code _log_gauss_mass}.
     */
    static double logGaussMass(double a, double b) {
        if (b <= 0) {
            return logDiff(logNdtr(b), logNdtr(a));
        }
        if (a > 0) {
            return logDiff(logNdtr(-a), logNdtr(-b));
        }
        return log1p(-ndtr(a) - ndtr(-b));
    }

    /**
     * A standard normal truncated to {@code [a, b]}, drawn by inverting its CDF at {@code u} in
     * [0, 1).
     *
     * @param logMass {@code logGaussMass(a, b)}, which the caller usually has already
     */
    static double truncatedStandard(double a, double b, double logMass, double u) {
        double x;
        if (a < 0) {
            x = ndtriExp(logAddExp(logNdtr(a), Math.log(u) + logMass));
        } else {
            x = -ndtriExp(logAddExp(logNdtr(-b), log1p(-u) + logMass));
        }
        return Math.max(a, Math.min(b, x));
    }

    /**
     * log(1 + x) for x &gt; -1, accurate to a few ulps, with one call to the fast {@link Math#log}
     * (D. Goldberg, "What every computer scientist should know about floating-point arithmetic",
     * ACM Computing Surveys 23 (1991), Theorem 4); {@link Math#log1p} is several times slower.
     */
    static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) {
            return x;
        }
        if (u == Double.POSITIVE_INFINITY) {
            return Math.log(x);
        }
        return Math.log(u) * x / (u - 1.0);
    }

    /** log(exp(p) + exp(q)), safe for infinite arguments. */
    static double logAddExp(double p, double q) {
        double max = Math.max(p, q);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + log1p(Math.exp(Math.min(p, q) - max));
    }

    /** log(exp(p) - exp(q)) for q &lt;= p. */
    static double logDiff(double p, double q) {
        if (q == Double.NEGATIVE_INFINITY) {
            return p;
        }
        return p + log1p(-Math.exp(q - p));
    }

    private static double newtonOnLogNdtr(double start, double y) {
        double x = start;
        for (int i = 0; i < 8; i++) {
            double logPhi = logNdtr(x);
            double step = (logPhi - y) * Math.exp(logPhi - logPdf(x));
            x -= step;
            if (Math.abs(step) <= 1e-15 * Math.abs(x)) {
                break;
            }
        }
        return x;
    }

    /** erf(y) / y on |y| <= 0.46875, from y^2. */
    private static double smallRatio(double ysq) {
        double num = A[4] * ysq;
        double den = ysq;
        for (int i = 0; i < 3; i++) {
            num = (num + A[i]) * ysq;
            den = (den + B[i]) * ysq;
        }
        return (num + A[3]) / (den + B[3]);
    }

    /** erfc(y) for y &gt; 0.46875, with exp(-y^2) split as Cody does to keep its last bits. */
    private static double erfcPositive(double y) {
        if (y > 27) {
            return 0;
        }
        double ysq = Math.floor(y * 16) / 16;
        double del = (y - ysq) * (y + ysq);
        return Math.exp(-ysq * ysq) * Math.exp(-del) * tailRatio(y);
    }

    /** R(y) = erfc(y) exp(y^2) for y &gt; 0.46875: Cody's second and third ranges. */
    private static double tailRatio(double y) {
        if (y <= 4) {
            double num = C[8] * y;
            double den = y;
            for (int i = 0; i < 7; i++) {
                num = (num + C[i]) * y;
                den = (den + D[i]) * y;
            }
            return (num + C[7]) / (den + D[7]);
        }
        double z = 1 / (y * y);
        double num = P[5] * z;
        double den = z;
        for (int i = 0; i < 4; i++) {
            num = (num + P[i]) * z;
            den = (den + Q[i]) * z;
        }
        double r = z * (num + P[4]) / (den + Q[4]);
        return (ONE_OVER_SQRT_PI - r) / y;
    }

    /** c[0] + c[1] x + ... by Horner's rule. */
    private static double poly(double[] c, double x) {
        double sum = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) {
            sum = sum * x + c[i];
        }
        return sum;
    }
}
