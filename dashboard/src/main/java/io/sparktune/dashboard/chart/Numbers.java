package io.sparktune.dashboard.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers written short for people (axis labels, table cells) and exact enough for SVG coordinates. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * {@code value} with four significant digits and no trailing zeros: {@code 0.9731}, {@code 12.5},
     * {@code 3}, {@code 1.235e-05} for tiny or huge values; {@code NaN} and infinities by name.
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e6 || magnitude < 1e-3) {
            return String.format(Locale.ROOT, "%.3e", value).replaceAll("\\.?0+e", "e");
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A coordinate with one decimal: {@code 12.3}, {@code 40}. */
    static String coordinate(double value) {
        return BigDecimal.valueOf(Math.round(value * 10), 1).stripTrailingZeros().toPlainString();
    }
}
