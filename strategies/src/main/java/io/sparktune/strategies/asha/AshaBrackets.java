package io.sparktune.strategies.asha;

import java.util.ArrayList;
import java.util.List;

/**
 * The rungs of ASHA's brackets and the bracket of each trial (Li et al. 2020, section 3.2:
 * asynchronous Hyperband runs ASHA brackets with different early-stopping rates side by side).
 *
 * <p>Bracket {@code b} has its rungs at {@code r * eta^(b + k)} for {@code k = 0, 1, ...} while
 * below {@code maxT} ({@code r} the grace period): {@code K_b = K_0 - b} rungs. Bracket {@code b}
 * gets trials in proportion to the number of trials that Hyperband's bracket with the same number
 * of halvings starts (Li et al. 2018): {@code w_b = (K_0 + 1) / (K_b + 1) * eta^K_b}, so the most
 * aggressive bracket gets the most trials (as in Ray Tune, whose weights are
 * {@code e^(rungs)}, close to these). Trial {@code n} goes to the first bracket whose cumulative
 * share exceeds {@code u_n = frac(n * (sqrt(5) - 1) / 2)}: a golden-ratio sequence, so the
 * choice depends on the trial number alone and any stretch of consecutive trials is spread over
 * the brackets in about their shares.
 */
final class AshaBrackets implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The golden ratio's conjugate, whose multiples modulo 1 are spread evenly. */
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final List<List<Long>> rungs;
    private final double[] cumulative;

    AshaBrackets(long maxT, long gracePeriod, int eta, int brackets) {
        rungs = new ArrayList<>();
        for (int b = 0; b < brackets; b++) {
            rungs.add(rungs(maxT, gracePeriod, eta, b));
        }
        int k0 = rungs.get(0).size();
        double[] weights = new double[brackets];
        double total = 0;
        for (int b = 0; b < brackets; b++) {
            int kb = rungs.get(b).size();
            weights[b] = (k0 + 1.0) / (kb + 1.0) * Math.pow(eta, kb);
            total += weights[b];
        }
        cumulative = new double[brackets];
        double sum = 0;
        for (int b = 0; b < brackets; b++) {
            sum += weights[b];
            cumulative[b] = sum / total;
        }
    }

    /** The steps of bracket {@code b}'s rungs, ascending: {@code gracePeriod * eta^(b + k) < maxT}. */
    static List<Long> rungs(long maxT, long gracePeriod, int eta, int b) {
        List<Long> out = new ArrayList<>();
        long r = gracePeriod;
        for (int i = 0; i < b && r < maxT; i++) {
            r *= eta;
        }
        while (r < maxT) {
            out.add(r);
            r *= eta;
        }
        return out;
    }

    List<Long> rungs(int bracket) {
        return rungs.get(bracket);
    }

    int count() {
        return rungs.size();
    }

    /** The share of trials bracket {@code b} gets. */
    double share(int b) {
        return cumulative[b] - (b == 0 ? 0 : cumulative[b - 1]);
    }

    /** The bracket of trial {@code number}, as the class comment says. */
    int bracketOf(int number) {
        if (cumulative.length == 1) {
            return 0;
        }
        double x = number * GOLDEN;
        double u = x - Math.floor(x);
        for (int b = 0; b < cumulative.length - 1; b++) {
            if (u < cumulative[b]) {
                return b;
            }
        }
        return cumulative.length - 1;
    }
}
