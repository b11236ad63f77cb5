package io.sparktune.strategies.hyperband;

import io.sparktune.strategies.stopping.StepValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Hyperband's brackets for a maximum resource {@code R} (in steps) and a reduction factor
 * {@code eta} (Li et al. 2018, Algorithm 1):
 * <ul>
 *   <li>{@code s_max = floor(log_eta R)}, computed with integers: the largest {@code s} with
 *       {@code eta^s <= R} (R = 81, eta = 3: 4);</li>
 *   <li>brackets {@code s = s_max, s_max - 1, ..., 0}, in the paper's order; bracket {@code s}
 *       starts {@code n = ceil((s_max + 1) / (s + 1) * eta^s)} trials with {@code r = R * eta^-s}
 *       steps each;</li>
 *   <li>its rounds {@code i = 0 .. s} keep {@code n_i = floor(n * eta^-i)} trials and run them to
 *       {@code r_i = r * eta^i} steps.</li>
 * </ul>
 * A round's resource {@code r_i = R * eta^(i - s)} is a whole number of steps when {@code R} is a
 * power of {@code eta}; otherwise it is rounded up to the next whole step. For R = 81, eta = 3
 * ({@link #table()} prints it):
 * <pre>
 *   i   s=4       s=3       s=2       s=1      s=0
 *   0   81 / 1    34 / 3    15 / 9    8 / 27   5 / 81
 *   1   27 / 3    11 / 9    5 / 27    2 / 81
 *   2   9 / 9     3 / 27    1 / 81
 *   3   3 / 27    1 / 81
 *   4   1 / 81
 * </pre>
 *
 * <p>Trials are assigned to brackets by number: the first {@code n} of bracket {@code s_max}'s,
 * then the {@code n} of bracket {@code s_max - 1}, ..., then bracket 0's, and then the cycle starts
 * again with new instances of the brackets (R = 81, eta = 3: trials 0-80 in s=4, 81-114 in s=3,
 * 115-129 in s=2, 130-137 in s=1, 138-142 in s=0, 143-223 in a second s=4, ...).
 *
 * @param R the maximum resource of a trial, in steps
 * @param eta the reduction factor
 * @param sMax {@code floor(log_eta R)}
 * @param brackets the brackets, {@code s = s_max} first
 */
public record HyperbandBrackets(long R, int eta, int sMax, List<Bracket> brackets) implements java.io.Serializable {

    /** One round of a bracket: {@code n} trials (n_i) run to step {@code r} (r_i). */
    public record Round(int i, long n, long r) implements java.io.Serializable {
    }

    /**
     * One bracket: {@code n} trials starting with {@code r} steps, then its rounds.
     *
     * @param s the bracket's index: how many times it halves
     * @param n how many trials it starts
     * @param r the steps of its first round
     * @param rounds its rounds {@code i = 0 .. s}
     */
    public record Bracket(int s, long n, long r, List<Round> rounds) implements java.io.Serializable {

        public Bracket {
            rounds = List.copyOf(rounds);
        }
    }

    /**
     * Where a trial belongs: which instance of which bracket.
     *
     * @param cycle how many full cycles through the brackets came before it
     * @param bracket its bracket
     * @param first the number of the first trial of that bracket instance; its trials are
     *     {@code first .. first + bracket.n() - 1}
     */
    public record Placement(long cycle, Bracket bracket, long first) {
    }

    public HyperbandBrackets {
        brackets = List.copyOf(brackets);
    }

    /** The brackets for {@code R >= 1} steps and {@code eta >= 2}, as the class comment describes. */
    public static HyperbandBrackets of(long R, int eta) {
        if (R < 1 || R > StepValues.MAX_STEP) {
            throw new IllegalArgumentException("1 <= R <= " + StepValues.MAX_STEP + " must hold, but got R=" + R);
        }
        if (eta < 2 || eta > 1000) {
            throw new IllegalArgumentException("2 <= eta <= 1000 must hold, but got eta=" + eta);
        }
        int sMax = sMax(R, eta);
        List<Bracket> brackets = new ArrayList<>();
        for (int s = sMax; s >= 0; s--) {
            long n = ceilDiv((sMax + 1) * power(eta, s), s + 1);
            List<Round> rounds = new ArrayList<>();
            for (int i = 0; i <= s; i++) {
                rounds.add(new Round(i, n / power(eta, i), ceilDiv(R, power(eta, s - i))));
            }
            brackets.add(new Bracket(s, n, rounds.get(0).r(), rounds));
        }
        return new HyperbandBrackets(R, eta, sMax, brackets);
    }

    /** {@code floor(log_eta R)} without floating point: the largest {@code s} with {@code eta^s <= R}. */
    static int sMax(long R, int eta) {
        int s = 0;
        long p = 1;
        while (p <= R / eta) {
            p *= eta;
            s++;
        }
        return s;
    }

    /** How many trials one pass through every bracket takes: the sum of their {@code n}. */
    public long cycleLength() {
        return brackets.stream().mapToLong(Bracket::n).sum();
    }

    /** The bracket, s = {@code s}. */
    public Bracket bracket(int s) {
        return brackets.get(sMax - s);
    }

    /** Where trial {@code number} belongs, by the convention of the class comment. */
    public Placement placement(int number) {
        if (number < 0) {
            throw new IllegalArgumentException("number >= 0 must hold, but got number=" + number);
        }
        long cycle = number / cycleLength();
        long offset = number % cycleLength();
        long first = cycle * cycleLength();
        for (Bracket b : brackets) {
            if (offset < b.n()) {
                return new Placement(cycle, b, first);
            }
            offset -= b.n();
            first += b.n();
        }
        throw new IllegalStateException("offset " + offset + " lies past the cycle of " + cycleLength() + " trials");
    }

    /**
     * The brackets as a Markdown table in the layout of the paper's Table 1: a row per round
     * {@code i}, a column per bracket {@code s}, each cell {@code n_i / r_i}.
     */
    public String table() {
        StringBuilder out = new StringBuilder("| i |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Bracket b : brackets) {
            out.append(" s=").append(b.s()).append(" |");
            rule.append("---|");
        }
        out.append('\n').append(rule).append('\n');
        for (int i = 0; i <= sMax; i++) {
            out.append("| ").append(i).append(" |");
            for (Bracket b : brackets) {
                out.append(i <= b.s() ? " " + b.rounds().get(i).n() + " / " + b.rounds().get(i).r() + " |" : " |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static long power(int base, int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= base;
        }
        return p;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
