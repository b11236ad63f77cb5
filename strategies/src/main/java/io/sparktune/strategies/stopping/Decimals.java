package io.sparktune.strategies.stopping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as a scheduler's reason shows them: six significant digits without trailing zeros
 * ({@code 0.412}, {@code 12.3457}, {@code 100}), scientific notation outside
 * {@code [1e-4, 1e9)} ({@code 1.23457E-7}), and {@code NaN} or {@code Infinity} as Java writes them.
 */
public final class Decimals {

    /** The significant digits a number gets unless more are needed to tell two apart. */
    public static final int DIGITS = 6;

    private Decimals() {
    }

    /** {@code x} with {@value #DIGITS} significant digits. */
    public static String format(double x) {
        return format(x, DIGITS);
    }

    /** {@code x} with {@code digits} significant digits (1 to 17). */
    public static String format(double x, int digits) {
        if (digits < 1 || digits > 17) {
            throw new IllegalArgumentException("1 <= digits <= 17 must hold, but got digits=" + digits);
        }
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(Double.toString(x)).round(new MathContext(digits, RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        double magnitude = Math.abs(x);
        return magnitude >= 1e-4 && magnitude < 1e9 ? rounded.toPlainString() : rounded.toString();
    }

    /**
     * {@code a} and {@code b}, each with {@value #DIGITS} significant digits, or with as many more
     * as it takes for two different numbers to read differently ({@code 0.4120001} and
     * {@code 0.4120002} rather than {@code 0.412} twice).
     */
    public static String[] distinct(double a, double b) {
        int digits = DIGITS;
        String first = format(a, digits);
        String second = format(b, digits);
        while (first.equals(second) && Double.compare(a, b) != 0 && digits < 17) {
            digits++;
            first = format(a, digits);
            second = format(b, digits);
        }
        return new String[] {first, second};
    }
}
